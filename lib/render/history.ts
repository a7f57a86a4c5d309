/**
 * A claim's history after publication: revisions on its page, the site-wide
 * corrections list and the page left at a withdrawn claim's address (the
 * changes the Atom feeds and the home page announce are changes.ts). Every
 * date comes from the content, so two builds of the same content are identical.
 */
import type { Claim, WithdrawnClaim } from "../content/corpus.ts";
import { withClaimMentions } from "./claim-mentions.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import type { Html } from "./escape.ts";
import { LANGUAGE_TAGS } from "./interface-text.ts";
import type { ModelContext, PageMeta } from "./model-context.ts";
import { listStatus, paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { asTitle } from "./prose.ts";
import { anchors } from "./urls.ts";

export interface RevisionView {
  /** Fragment id on the claim page. */
  readonly anchor: string;
  readonly date: DisplayDate;
  readonly note: string;
  /** The note's language, when it is not the page's: notes are written in English only. */
  readonly noteLang?: string;
  /** Verdict labels, when the revision changed the verdict. */
  readonly verdictChange?: { readonly from: string; readonly to: string };
}

/** An entry of the corrections list: a revision of a claim, or its withdrawal. */
interface CorrectionEntry {
  readonly date: DisplayDate;
  readonly claimId: string;
  /** The claim as a title, before the colon that introduces the change. */
  readonly claim: string;
  /** The title's language, when it is not the page's: an untranslated or withdrawn claim on a Chinese page. */
  readonly claimLang?: string;
  /** The entry on the claim page in the list's language; a withdrawn claim's page is in English only. */
  readonly url: string;
  /** The language of the page `url` leads to, when it is not this page's. */
  readonly urlLang?: string;
  readonly note: string;
  /** The note's language, when it is not the page's: notes are written in English only. */
  readonly noteLang?: string;
  /** Verdict labels, when a revision changed the verdict. */
  readonly verdictChange?: { readonly from: string; readonly to: string };
  readonly withdrawn: boolean;
  /** A note that opened with "Corrected:": the entry says "corrected." once, as it says "withdrawn.", and the note goes on without the label. */
  readonly corrected: boolean;
}

/** One page of the corrections list. */
export interface CorrectionsPage {
  readonly meta: PageMeta;
  /** The list's title, the same on every page of it (the page's `meta.title` adds its number). */
  readonly heading: string;
  readonly entries: readonly CorrectionEntry[];
  /** The number of this page's first entry in the whole list. */
  readonly from: number;
  readonly nav: PageNav;
  /** "12 corrections", or on a page of several which of them it shows. */
  readonly status: string;
}

/** The page left at a withdrawn claim's address. */
export interface WithdrawnPage {
  readonly meta: PageMeta;
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly published: DisplayDate;
  readonly withdrawn: DisplayDate;
  /** Other claims it names by id are linked by their titles. */
  readonly reasonHtml: Html;
  /** Fragment id of the reason. */
  readonly reasonAnchor: string;
}

/** The claim's revisions, dates and verdict names in the context's language; the notes as written, in English. */
export function revisionViews(claim: Claim, ctx: ModelContext): RevisionView[] {
  const label = (id: string) => (ctx.corpus.verdict(id) ? ctx.badge(id).label : id);
  const noteLang = ctx.language === "en" ? {} : { noteLang: LANGUAGE_TAGS.en };
  return claim.revisions.map((r, i) => ({
    anchor: anchors.revision(i),
    date: ctx.date(r.date),
    note: r.note,
    ...noteLang,
    ...(r.verdict === undefined ? {} : { verdictChange: { from: label(r.verdict.from), to: label(r.verdict.to) } }),
  }));
}

/** The latest correction or verdict change, as a claim page's dateline links it. */
export interface LatestCorrection {
  readonly date: DisplayDate;
  /** Its entry in the page's history. */
  readonly href: string;
}

/** The latest revision (the last of a day's), linked to its entry on the claim page. */
export function latestCorrection(revisions: readonly RevisionView[]): LatestCorrection | undefined {
  const latest = revisions.reduce<RevisionView | undefined>((newest, r) => (newest === undefined || r.date.iso >= newest.date.iso ? r : newest), undefined);
  return latest && { date: latest.date, href: `#${latest.anchor}` };
}

/** Newest first; equal dates keep their given order, so the output never depends on the sort. */
export function newestFirst<T>(items: readonly T[], date: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, key: date(item) }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? 1 : -1))
    .map(({ item }) => item);
}

/**
 * Every correction, verdict change and withdrawal across the site, newest
 * first, in pages: the same entries and numbering in every language. On a
 * Chinese page a claim is named by its translation where it has one, and the
 * notes, written in English only, are marked so.
 */
export function correctionsPages(ctx: ModelContext, views: ReadonlyMap<string, readonly RevisionView[]>): CorrectionsPage[] {
  const en = ctx.language === "en";
  const english = en ? {} : { claimLang: LANGUAGE_TAGS.en };
  const noteLang = en ? {} : { noteLang: LANGUAGE_TAGS.en };
  const revisions = ctx.corpus.claims.flatMap((c) => {
    const t = en ? undefined : ctx.corpus.translation(c.id, ctx.language);
    const title = t ? { claim: asTitle(t.claim) } : { claim: asTitle(c.claim), ...english };
    return (views.get(c.id) ?? []).map((r, i): CorrectionEntry => {
      const note = withoutLabel(r.note, CORRECTED);
      return { ...r, note, claimId: c.id, ...title, url: ctx.href.revision(c.id, i), withdrawn: false, corrected: note !== r.note };
    });
  });
  // A withdrawn claim keeps its page in English only.
  const withdrawnUrl = (id: string) => (en ? { url: ctx.href.withdrawal(id) } : { url: ctx.hrefIn("en").withdrawal(id), urlLang: LANGUAGE_TAGS.en });
  const withdrawals = ctx.corpus.withdrawn.map(
    (w): CorrectionEntry => ({
      date: ctx.date(w.withdrawn.date),
      claimId: w.id,
      claim: asTitle(w.claim),
      ...english,
      ...withdrawnUrl(w.id),
      note: withClaimMentions(w.withdrawn.reason, ctx.corpus, ctx.href).text,
      ...noteLang,
      withdrawn: true,
      corrected: false,
    }),
  );
  const entries = newestFirst([...revisions, ...withdrawals], (e) => e.date.iso);
  const { words } = ctx;
  return paginate(entries, ctx.site.perPage.corrections, (n) => ctx.href.corrections(n), words).map((slice) => ({
    meta: ctx.meta({
      path: ctx.paths.corrections(slice.nav.number),
      title: pagedTitle(words.correctionsTitle, slice.nav, words),
      description: words.correctionsDescription,
      ...ctx.pair((paths) => paths.corrections(slice.nav.number)),
    }),
    heading: words.correctionsTitle,
    entries: slice.items,
    from: slice.from,
    nav: slice.nav,
    status: listStatus(slice, "correction", words),
  }));
}

export function withdrawnPage(w: WithdrawnClaim, ctx: ModelContext): WithdrawnPage {
  const withdrawn = displayDate(w.withdrawn.date);
  const reason = withClaimMentions(w.withdrawn.reason, ctx.corpus, ctx.href);
  return {
    meta: ctx.meta({
      path: ctx.paths.claim(w.id),
      title: `Withdrawn: ${w.claim}`,
      description: `This fact check was withdrawn on ${withdrawn.text}. ${reason.text}`,
    }),
    id: w.id,
    url: ctx.href.claim(w.id),
    claim: w.claim,
    published: displayDate(w.published),
    withdrawn,
    reasonHtml: reason.html,
    reasonAnchor: anchors.withdrawal,
  };
}

/** The label a correction's note may open with. */
export const CORRECTED = "Corrected:";

/**
 * A note without a leading label the entry's title already gives.
 * @example withoutLabel("Corrected: the entry said…", "Corrected:") // "The entry said…"
 */
export function withoutLabel(note: string, label: string): string {
  if (!note.startsWith(label)) return note;
  const rest = note.slice(label.length).trimStart();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

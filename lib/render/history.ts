/**
 * A claim's history after publication: revisions on its page, the site-wide
 * corrections list, the page left at a withdrawn claim's address, and the
 * changes the Atom feed and the home page announce. Every date comes from the
 * content, so two builds of the same content are identical.
 */
import type { Claim, WithdrawnClaim } from "../content/corpus.ts";
import { CHANGE_TEXT } from "./change-text.ts";
import { textWithChinese } from "./chinese.ts";
import { withClaimMentions } from "./claim-mentions.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import type { Html } from "./escape.ts";
import { LANGUAGE_TAGS } from "./interface-text.ts";
import type { ModelContext, PageMeta } from "./model-context.ts";
import { listStatus, paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { asTitle } from "./prose.ts";
import { anchors } from "./urls.ts";
import { ZH_HANS_TEXT } from "./zh-hans-text.ts";

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

/** A change to a fact check, newest first in the feed and on the home page. */
export interface Change {
  /** The content date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where it shows: the claim page, or its entry there. */
  readonly path: string;
  readonly url: string;
  readonly claim: string;
  /** What happened: "New", "Corrected", "Verdict changed to Mixed", "Withdrawn". */
  readonly what: string;
  /** The feed entry's summary. */
  readonly summary: string;
  /** The summary's language, when it is not the feed's: a revision note is written in English only. */
  readonly summaryLang?: string;
}

/** A change as the home page lists it. */
export interface RecentChange {
  readonly date: DisplayDate;
  readonly url: string;
  /** The claim, escaped, with Chinese runs marked. */
  readonly claimHtml: Html;
  readonly what: string;
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

interface FeedEntry {
  readonly title: string;
  readonly summary: string;
  readonly summaryLang?: string;
  /** Absolute URL: the entry's link and its Atom id. */
  readonly link: string;
  /** RFC 3339, midnight UTC of the content date. */
  readonly updated: string;
}

export interface Feed {
  /** The language tag of its text (`xml:lang`): a page's head links the feed in the page's language. */
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly rights: string;
  /** Where the feed is written. */
  readonly path: string;
  /** The feed's own absolute URL and the site's. */
  readonly self: string;
  readonly home: string;
  /** The newest entry's date: the feed changes only when content does. */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
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
function newestFirst<T>(items: readonly T[], date: (item: T) => string): T[] {
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
const CORRECTED = "Corrected:";

/**
 * A note without a leading label the entry's title already gives.
 * @example withoutLabel("Corrected: the entry said…", "Corrected:") // "The entry said…"
 */
function withoutLabel(note: string, label: string): string {
  if (!note.startsWith(label)) return note;
  const rest = note.slice(label.length).trimStart();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A content date as an Atom date: midnight UTC, never the clock. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/**
 * Every change to the site's fact checks in the context's language, newest
 * first: each claim's publication, revisions and withdrawal. In Chinese, only
 * claims with a Chinese page (a translation) are announced, at that page; a
 * withdrawn claim has none.
 */
export function changes(ctx: ModelContext): Change[] {
  const language = ctx.language;
  const words = CHANGE_TEXT[language];
  // The verdict's name in this language, as its badge gives it.
  const label = (id: string) => ctx.badge(id).label;
  const text = (c: Claim) => (language === "en" ? c : ctx.corpus.translation(c.id, language));
  // Revision notes are written in English only.
  const noteLang = language === "en" ? {} : { summaryLang: LANGUAGE_TAGS.en };
  const published = ctx.corpus.claims.flatMap((c): Change[] => {
    const t = text(c);
    if (t === undefined) return [];
    return [
      { date: c.published, path: ctx.paths.claim(c.id), url: ctx.href.claim(c.id), claim: t.claim, what: words.new, summary: words.newSummary(label(c.verdict), t.summary) },
      ...c.revisions.map((r, i) => ({
        date: r.date,
        path: ctx.paths.revision(c.id, i),
        url: ctx.href.revision(c.id, i),
        claim: t.claim,
        what: r.verdict ? words.verdictChanged(label(r.verdict.to)) : words.corrected,
        // The entry's title says "Corrected:" already; a note that opens with the same word does not repeat it.
        summary: r.verdict ? r.note : withoutLabel(r.note, CORRECTED),
        ...noteLang,
      })),
    ];
  });
  const withdrawals =
    language === "en"
      ? ctx.corpus.withdrawn.map((w): Change => ({
          date: w.withdrawn.date,
          path: ctx.paths.withdrawal(w.id),
          url: ctx.href.withdrawal(w.id),
          claim: w.claim,
          what: CHANGE_TEXT.en.withdrawn,
          summary: withClaimMentions(w.withdrawn.reason, ctx.corpus, ctx.href).text,
        }))
      : [];
  return newestFirst([...published, ...withdrawals], (e) => e.date);
}

/** The newest `count` changes, for the home page. */
export function recentChanges(all: readonly Change[], count: number): RecentChange[] {
  return all.slice(0, count).map((c) => ({ date: displayDate(c.date), url: c.url, claimHtml: textWithChinese(c.claim), what: c.what }));
}

/** The feed in the context's language: every change, newest first. */
export function feed(ctx: ModelContext, all: readonly Change[]): Feed {
  const language = ctx.language;
  const words = CHANGE_TEXT[language];
  const en = language === "en";
  return {
    language: en ? ctx.site.language : LANGUAGE_TAGS[language],
    title: words.feedTitle(en ? ctx.site.title : ZH_HANS_TEXT.siteTitle),
    subtitle: en ? ctx.site.tagline : ZH_HANS_TEXT.tagline,
    rights: words.rights,
    path: ctx.paths.feed(),
    self: ctx.absolute(ctx.paths.feed()),
    home: ctx.absolute(ctx.paths.home()),
    updated: atomDate(all[0]?.date ?? "1970-01-01"),
    entries: all.map((e) => ({
      title: words.entryTitle(e.what, e.claim),
      summary: e.summary,
      ...(e.summaryLang === undefined ? {} : { summaryLang: e.summaryLang }),
      link: ctx.absolute(e.path),
      updated: atomDate(e.date),
    })),
  };
}

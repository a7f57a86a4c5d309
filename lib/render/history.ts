/**
 * A claim's history after publication: revisions on its page, the site-wide
 * corrections list, the page left at a withdrawn claim's address, and the
 * Atom feed. Every date comes from the content, so two builds of the same
 * content are identical.
 */
import type { Claim, WithdrawnClaim } from "../content/corpus.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import type { ModelContext, PageMeta } from "./model-context.ts";
import { anchors } from "./urls.ts";

export interface RevisionView {
  /** Fragment id on the claim page. */
  readonly anchor: string;
  readonly date: DisplayDate;
  readonly note: string;
  /** Verdict labels, when the revision changed the verdict. */
  readonly verdictChange?: { readonly from: string; readonly to: string };
}

export interface CorrectionEntry extends RevisionView {
  readonly claimId: string;
  readonly claim: string;
  /** The revision on the claim page. */
  readonly url: string;
}

/** The page left at a withdrawn claim's address. */
export interface WithdrawnPage {
  readonly meta: PageMeta;
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly published: DisplayDate;
  readonly withdrawn: DisplayDate;
  readonly reason: string;
  /** Fragment id of the reason. */
  readonly reasonAnchor: string;
}

interface FeedEntry {
  readonly title: string;
  readonly summary: string;
  /** Absolute URL: the entry's link and its Atom id. */
  readonly link: string;
  /** RFC 3339, midnight UTC of the content date. */
  readonly updated: string;
}

export interface Feed {
  /** Where the feed is written. */
  readonly path: string;
  /** The feed's own absolute URL and the site's. */
  readonly self: string;
  readonly home: string;
  /** The newest entry's date: the feed changes only when content does. */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

export function revisionViews(claim: Claim, ctx: ModelContext): RevisionView[] {
  const label = (id: string) => ctx.corpus.verdict(id)?.label ?? id;
  return claim.revisions.map((r, i) => ({
    anchor: anchors.revision(i),
    date: displayDate(r.date),
    note: r.note,
    ...(r.verdict === undefined ? {} : { verdictChange: { from: label(r.verdict.from), to: label(r.verdict.to) } }),
  }));
}

/** Newest first; equal dates keep their given order, so the output never depends on the sort. */
function newestFirst<T>(items: readonly T[], date: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, key: date(item) }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? 1 : -1))
    .map(({ item }) => item);
}

/** Every correction and verdict change across the site, newest first. */
export function corrections(ctx: ModelContext, views: ReadonlyMap<string, readonly RevisionView[]>): CorrectionEntry[] {
  const entries = ctx.corpus.claims.flatMap((c) =>
    (views.get(c.id) ?? []).map((r, i): CorrectionEntry => ({ ...r, claimId: c.id, claim: c.claim, url: ctx.href.revision(c.id, i) })),
  );
  return newestFirst(entries, (e) => e.date.iso);
}

export function withdrawnPage(w: WithdrawnClaim, ctx: ModelContext): WithdrawnPage {
  const withdrawn = displayDate(w.withdrawn.date);
  return {
    meta: ctx.meta({
      path: ctx.paths.claim(w.id),
      title: `Withdrawn: ${w.claim}`,
      description: `This fact check was withdrawn on ${withdrawn.text}. ${w.withdrawn.reason}`,
    }),
    id: w.id,
    url: ctx.href.claim(w.id),
    claim: w.claim,
    published: displayDate(w.published),
    withdrawn,
    reason: w.withdrawn.reason,
    reasonAnchor: anchors.withdrawal,
  };
}

/** A content date as an Atom date: midnight UTC, never the clock. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The feed: each claim when first published, each revision and each withdrawal, newest first. */
export function feed(ctx: ModelContext): Feed {
  const label = (id: string) => ctx.corpus.verdict(id)?.label ?? id;
  const entries = ctx.corpus.claims.flatMap((c) => [
    { path: ctx.paths.claim(c.id), title: `New: ${c.claim}`, summary: `${label(c.verdict)}. ${c.summary}`, date: c.published },
    ...c.revisions.map((r, i) => ({
      path: ctx.paths.revision(c.id, i),
      title: `${r.verdict ? `Verdict changed to ${label(r.verdict.to)}` : "Corrected"}: ${c.claim}`,
      summary: r.note,
      date: r.date,
    })),
  ]);
  const withdrawals = ctx.corpus.withdrawn.map((w) => ({
    path: ctx.paths.withdrawal(w.id),
    title: `Withdrawn: ${w.claim}`,
    summary: w.withdrawn.reason,
    date: w.withdrawn.date,
  }));
  const sorted = newestFirst([...entries, ...withdrawals], (e) => e.date);
  return {
    path: ctx.paths.feed(),
    self: ctx.absolute(ctx.paths.feed()),
    home: ctx.absolute(ctx.paths.home()),
    updated: atomDate(sorted[0]?.date ?? "1970-01-01"),
    entries: sorted.map((e) => ({ title: e.title, summary: e.summary, link: ctx.absolute(e.path), updated: atomDate(e.date) })),
  };
}

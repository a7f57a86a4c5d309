/**
 * A claim's history after publication: revisions on its page, the site-wide
 * corrections list, and the entries of the Atom feed. Every date comes from
 * the content, so two builds of the same content are identical.
 */
import type { Claim, Corpus } from "../content/corpus.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import { urls } from "./urls.ts";

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

export interface FeedEntry {
  /** Root-relative URL; also the entry's stable id once made absolute. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** `YYYY-MM-DD` from the content. */
  readonly date: string;
}

export function revisionViews(claim: Claim, corpus: Corpus): RevisionView[] {
  const label = (id: string) => corpus.verdict(id)?.label ?? id;
  return claim.revisions.map((r, i) => ({
    anchor: `revision-${i + 1}`,
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
export function corrections(corpus: Corpus, views: ReadonlyMap<string, readonly RevisionView[]>): CorrectionEntry[] {
  const entries = corpus.claims.flatMap((c) =>
    (views.get(c.id) ?? []).map((r, i): CorrectionEntry => ({ ...r, claimId: c.id, claim: c.claim, url: urls.revision(c.id, i) })),
  );
  return newestFirst(entries, (e) => e.date.iso);
}

/** The feed: each claim when first published, each revision and each withdrawal, newest first. */
export function feedEntries(corpus: Corpus, labels: ReadonlyMap<string, string>): FeedEntry[] {
  const entries = corpus.claims.flatMap((c): FeedEntry[] => [
    { url: urls.claim(c.id), title: `New: ${c.claim}`, summary: `${labels.get(c.verdict) ?? c.verdict}. ${c.summary}`, date: c.published },
    ...c.revisions.map((r, i) => ({
      url: urls.revision(c.id, i),
      title: `${r.verdict ? `Verdict changed to ${labels.get(r.verdict.to) ?? r.verdict.to}` : "Corrected"}: ${c.claim}`,
      summary: r.note,
      date: r.date,
    })),
  ]);
  const withdrawals = corpus.withdrawn.map((w) => ({
    url: `${urls.claim(w.id)}#withdrawn`,
    title: `Withdrawn: ${w.claim}`,
    summary: w.withdrawn.reason,
    date: w.withdrawn.date,
  }));
  return newestFirst([...entries, ...withdrawals], (e) => e.date);
}

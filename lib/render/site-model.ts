/**
 * The site model: every page model, computed once per build from the corpus
 * graph. Templates only print it; they never search or sort.
 */
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { changes, feed, type Feed } from "./changes.ts";
import type { CitationFormatter } from "./cite.ts";
import { sourceRecord, type CitationRecord } from "./citation-record.ts";
import { citedBy, type CitedByPage } from "./cited-by.ts";
import { claimIndexPages, type ClaimIndexPage } from "./claim-index.ts";
import { claimPage, claimPageRecord, type ClaimPage } from "./claim-page.ts";
import { correctionsPages, revisionViews, withdrawnPage, type CorrectionsPage, type WithdrawnPage } from "./history.ts";
import { homePage, type HomePage } from "./home-page.ts";
import { topicPages, verdictCount, verdictPages, type ListPage, type VerdictCount } from "./list-pages.ts";
import { methodology, type Methodology } from "./methodology.ts";
import { modelContext } from "./model-context.ts";
import { offlineCopy, type OfflineCopy } from "./offline-copy.ts";
import type { PublisherView } from "./publisher.ts";
import { sitePages, type SitePages } from "./site-pages.ts";
import { sourcePage, type SourcePage } from "./source-page.ts";
import { zhHansSite, type ZhHansSite } from "./zh-hans-pages.ts";

export interface SiteModel {
  readonly home: HomePage;
  readonly claims: readonly ClaimPage[];
  readonly sources: readonly SourcePage[];
  /** Every page of every source's full "cited by" list (only sources whose page shows part of it have one). */
  readonly sourceCitedBy: readonly CitedByPage[];
  /** Every page of every topic's list. */
  readonly topicPages: readonly ListPage[];
  /** Every page of every verdict's list. */
  readonly verdictPages: readonly ListPage[];
  readonly verdicts: readonly VerdictCount[];
  /** The A–Z index of claims, one entry per page of it. */
  readonly claimIndex: readonly ClaimIndexPage[];
  /** The corrections list, one entry per page of it. */
  readonly corrections: readonly CorrectionsPage[];
  readonly offlineCopy: OfflineCopy;
  readonly withdrawn: readonly WithdrawnPage[];
  /** The Atom feed of each language's pages, English first. */
  readonly feeds: readonly Feed[];
  readonly publisher: PublisherView;
  /** The fixed pages' metadata. */
  readonly pages: SitePages;
  readonly methodology: Methodology;
  readonly totals: { readonly claims: number; readonly sources: number; readonly excerpts: number };
  /** The Chinese pages, under /zh-hans/. */
  readonly zhHans: ZhHansSite;
}

/**
 * Every record the page models format ("Cite this" on claim and source
 * pages), built by the functions the models use: what a build formats ahead.
 */
export function citationRecords(corpus: Corpus, site: Site): CitationRecord[] {
  const ctx = modelContext(corpus, site);
  return [...corpus.claims.map((c) => claimPageRecord(c, ctx)), ...corpus.sources.map(sourceRecord)];
}

/**
 * Builds every page model in one pass over the corpus: O(claims + sources + excerpts), plus sorting.
 * Citations are formatted by `format` (on demand unless a build formatted them ahead).
 */
export function buildSiteModel(corpus: Corpus, site: Site, format?: CitationFormatter): SiteModel {
  const ctx = modelContext(corpus, site, "en", format);
  // The same formatter: a Chinese source page cites the work in the same words as the English one.
  const zh = modelContext(corpus, site, "zh-hans", format);
  const revisions = new Map(corpus.claims.map((c) => [c.id, revisionViews(c, ctx)]));
  const allChanges = changes(ctx);
  const cited = corpus.sources.map((s) => citedBy(s, ctx));
  const copy = offlineCopy(corpus, site);
  const claims = corpus.claims.map((c) => claimPage(c, ctx, revisions.get(c.id)!));
  return {
    home: homePage(ctx, allChanges),
    claims,
    sources: corpus.sources.map((s, i) => sourcePage(s, ctx, cited[i]!.excerpts)),
    sourceCitedBy: cited.flatMap((c) => c.pages),
    topicPages: corpus.topics.flatMap((t) => topicPages(t, ctx)),
    verdictPages: corpus.verdicts.flatMap((v) => verdictPages(v, ctx)),
    verdicts: corpus.verdicts.map((v) => verdictCount(v, ctx)),
    claimIndex: claimIndexPages(ctx.cards(corpus.claims), ctx, site.perPage.claims),
    corrections: correctionsPages(ctx, revisions),
    offlineCopy: copy,
    withdrawn: corpus.withdrawn.map((w) => withdrawnPage(w, ctx)),
    feeds: [feed(ctx, allChanges), feed(zh, changes(zh))],
    publisher: ctx.publisher,
    pages: sitePages(ctx, copy),
    methodology: methodology(corpus.verdicts),
    zhHans: zhHansSite(zh, ctx, copy, claims),
    totals: {
      claims: corpus.claims.length,
      sources: corpus.sources.length,
      excerpts: corpus.sources.reduce((n, s) => n + s.excerpts.length, 0),
    },
  };
}

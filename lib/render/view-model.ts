/**
 * Page models: everything a template shows, computed once per build from the
 * corpus graph. Templates only print these fields; they never search or sort.
 */
import type { Claim, Corpus, EvidenceEntry, Excerpt, Source, Topic, Verdict, WithdrawnClaim } from "../content/corpus.ts";
import { citationAnchor } from "../markdown/citations.ts";
import type { Site } from "../content/site.ts";
import { jsonForScript } from "./escape.ts";
import { claimReview, ratingBounds } from "./claim-review.ts";
import { DATE_ORIGINS, displayDate, type DisplayDate } from "./dates.ts";
import { absoluteUrl, urls } from "./urls.ts";
import { claimRecord, formatCitations, sourceReference, type ClaimCitations } from "./cite.ts";
import { embedHtml } from "./embed.ts";
import {
  bylineText,
  inferredAuthorViews,
  sameAuthorViews,
  sharedWorkViews,
  type InferredAuthorView,
  type SameAuthorView,
  type SharedWorkView,
} from "./byline.ts";
import { corrections, feedEntries, revisionViews, type CorrectionEntry, type FeedEntry, type RevisionView } from "./history.ts";
import { passageUrl } from "./text-fragment.ts";
import { markChinese, textWithChinese } from "./chinese.ts";
import { claimIndexPages, type ClaimIndexPage } from "./claim-index.ts";
import { offlineCopy, type OfflineCopy } from "./offline-copy.ts";
import { editorialRules, type EditorialRules } from "./methodology.ts";

export interface Link {
  readonly href: string;
  readonly text: string;
  /** Accessible name, when the visible text alone would not say where the link goes. */
  readonly label?: string;
}

export interface VerdictBadge {
  readonly id: string;
  readonly label: string;
  readonly rating: number;
  readonly definition: string;
  /** The verdict's definition on the methodology page. */
  readonly definitionUrl: string;
  /** All claims with this verdict. */
  readonly url: string;
}

export interface ClaimCard {
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly summary: string;
  /** The claim and summary as escaped HTML with Chinese runs marked `lang="zh"`. */
  readonly claimHtml: string;
  readonly summaryHtml: string;
  readonly verdict: VerdictBadge;
}

export interface EvidenceView {
  readonly number: number;
  readonly anchor: string;
  readonly note?: string;
  readonly text: string;
  readonly textHtml: string;
  readonly lang?: string;
  readonly locator?: string;
  readonly excerptUrl: string;
  /** The excerpt's own citation, on its source page. */
  readonly citationUrl: string;
  /** The original page, scrolled to the passage (text fragment). */
  readonly originalPassageUrl?: string;
  /** The copy read, scrolled to the passage. */
  readonly readAtPassageUrl?: string;
  readonly source: SourceCitation;
  /** Other entries of this claim that are the same person's view (from other sources). */
  readonly sameAuthor: readonly SameAuthorView[];
  /** Links back to each place in the text that cites this entry (Wikipedia's ^ a b). */
  readonly backlinks: readonly Link[];
}

/** How a source is named under a quote: enough to find and trust it. */
export interface SourceCitation {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly authors: string;
  readonly published?: DisplayDate;
  /** How `published` is known when the page does not show it: "from the address". */
  readonly publishedFrom?: string;
  /** The date a reproduced document bears (apart from when the page read was posted). */
  readonly documentDate?: DisplayDate;
  /** The original publication, when known. */
  readonly original?: string;
  /** The copy actually read, when it is not the original. */
  readonly readAt?: string;
  readonly snapshot?: string;
}

export interface ClaimPage extends ClaimCard {
  readonly title: string;
  readonly topics: readonly Link[];
  readonly bodyHtml: string;
  readonly evidence: readonly EvidenceView[];
  readonly related: readonly ClaimCard[];
  readonly appearances: readonly AppearanceView[];
  readonly published: DisplayDate;
  readonly reviewed: DisplayDate;
  readonly alsoKnownAs: readonly string[];
  /** The other phrasings, comma-separated, escaped, Chinese marked. */
  readonly alsoKnownAsHtml: string;
  /** ClaimReview JSON-LD, already escaped for a `<script>` element. */
  readonly jsonLd: string;
  /** The permanent absolute URL (also the canonical link). */
  readonly permalink: string;
  readonly citations: ClaimCitations;
  /** Downloadable citation files. */
  readonly citeFiles: readonly Link[];
  readonly revisions: readonly RevisionView[];
  /** Static HTML for other sites to paste; printed escaped, never rendered. */
  readonly embedHtml: string;
}

/** The page left at a withdrawn claim's address. */
export interface WithdrawnPage {
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly published: DisplayDate;
  readonly withdrawn: DisplayDate;
  readonly reason: string;
}

export interface FeedItem extends FeedEntry {
  /** Absolute URL: the entry's link and its Atom id. */
  readonly link: string;
  /** Midnight UTC of the content date (for the RSS plugin's dateToRfc3339). */
  readonly updated: Date;
}

export interface Feed {
  /** The feed's own absolute URL and the site's. */
  readonly self: string;
  readonly home: string;
  /** The newest entry's date: the feed changes only when content does. */
  readonly updated: Date;
  readonly entries: readonly FeedItem[];
}

/** A content date as a Date at midnight UTC: never the clock. */
function contentDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export interface AppearanceView {
  readonly title: string;
  readonly publisher?: string;
  readonly date?: DisplayDate;
  readonly url?: string;
  /** The excerpt that records it, on its source page. */
  readonly recordedIn?: Link;
}

export interface ExcerptView {
  readonly id: string;
  readonly heading: string;
  readonly headingHtml: string;
  readonly text: string;
  readonly textHtml: string;
  readonly lang?: string;
  readonly locator?: string;
  readonly original?: string;
  readonly originalHtml?: string;
  readonly translation?: string;
  readonly translationHtml?: string;
  readonly citedBy: readonly ClaimCard[];
  /** Fragment id of the excerpt's citation. */
  readonly citationAnchor: string;
  /** The excerpt cited on its own: quote, locator, the source's reference, the copy read. */
  readonly citation: string;
}

export interface SourcePage extends SourceCitation {
  readonly kind: string;
  readonly language: string;
  readonly notes?: string;
  readonly notesHtml?: string;
  readonly bodyHtml: string;
  readonly excerpts: readonly ExcerptView[];
  readonly citedBy: readonly ClaimCard[];
  /** Authors the editors infer (not shown by the source), each with the reason. */
  readonly inferredAuthors: readonly InferredAuthorView[];
  /** Other sources that are the same person's work. */
  readonly sharedWork: readonly SharedWorkView[];
}

export interface ListPage {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly claims: readonly ClaimCard[];
}

export interface VerdictCount extends VerdictBadge {
  readonly count: number;
}

export interface SiteModel {
  readonly claims: readonly ClaimPage[];
  readonly sources: readonly SourcePage[];
  readonly topics: readonly ListPage[];
  readonly verdictPages: readonly ListPage[];
  readonly verdicts: readonly VerdictCount[];
  /** The A–Z index of claims, one entry per page of it. */
  readonly claimIndex: readonly ClaimIndexPage[];
  readonly offlineCopy: OfflineCopy;
  readonly withdrawn: readonly WithdrawnPage[];
  readonly corrections: readonly CorrectionEntry[];
  readonly feed: Feed;
  /** The methodology's figures, from the checker's thresholds and the verdict data. */
  readonly rules: EditorialRules;
  readonly totals: { readonly claims: number; readonly sources: number; readonly excerpts: number };
}

const KIND_LABELS: Record<string, string> = {
  news: "News",
  "government-document": "Government document",
  "court-document": "Court document",
  "law-translation": "Law translation",
  academic: "Academic",
  analysis: "Analysis",
  reference: "Reference",
  "company-statement": "Company statement",
};

const BACKLINK_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * A short heading for an excerpt: its first words.
 * @example excerptHeading("Despite its name, it isn’t a single system, and it’s not monolithic") // "Despite its name, it isn’t a single system, and…"
 */
export function excerptHeading(text: string, words = 9): string {
  const parts = text.replace(/^[\s“”"‘’']+/, "").split(/\s+/);
  return parts.length <= words ? parts.join(" ") : `${parts.slice(0, words).join(" ")}…`;
}

function backlinks(entry: EvidenceEntry): Link[] {
  if (entry.uses === 1) {
    return [{ href: `#${citationAnchor(entry.number, 1)}`, text: "^", label: "Back to the text" }];
  }
  return Array.from({ length: entry.uses }, (_, i) => {
    const text = BACKLINK_LETTERS[i] ?? String(i + 1);
    return { href: `#${citationAnchor(entry.number, i + 1)}`, text, label: `Back to citation ${text}` };
  });
}

/** Builds every page model in one pass over the corpus: O(claims + sources + excerpts). */
export function buildSiteModel(corpus: Corpus, site: Site): SiteModel {
  const bounds = ratingBounds(corpus.verdicts);
  const badges = new Map<string, VerdictBadge>(
    corpus.verdicts.map((v: Verdict) => [
      v.id,
      {
        id: v.id,
        label: v.label,
        rating: v.rating,
        definition: v.definition,
        definitionUrl: urls.verdictDefinition(v.id),
        url: urls.verdict(v.id),
      },
    ]),
  );
  const cards = new Map<string, ClaimCard>(
    corpus.claims.map((c: Claim) => [
      c.id,
      {
        id: c.id,
        url: urls.claim(c.id),
        claim: c.claim,
        summary: c.summary,
        claimHtml: textWithChinese(c.claim),
        summaryHtml: textWithChinese(c.summary),
        verdict: badges.get(c.verdict)!,
      },
    ]),
  );
  const cardsOf = (claims: readonly Claim[]) => claims.map((c) => cards.get(c.id)!);
  const citations = new Map<string, SourceCitation>(
    corpus.sources.map((s: Source) => [s.id, sourceCitation(s)]),
  );
  const topicLinks = new Map(corpus.topics.map((t: Topic) => [t.id, { href: urls.topic(t.id), text: t.label }]));

  const revisions = new Map(corpus.claims.map((c) => [c.id, revisionViews(c, corpus)]));
  const permalink = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);

  const claims = corpus.claims.map((c): ClaimPage => {
    const sameAuthor = sameAuthorViews(corpus, c.evidence);
    const evidence = c.evidence.map((entry): EvidenceView => {
      const excerpt: Excerpt = corpus.excerpt(entry.ref)!;
      const source = corpus.source(entry.sourceId)!;
      return {
        number: entry.number,
        anchor: entry.anchor,
        ...(entry.note === undefined ? {} : { note: entry.note }),
        text: excerpt.text,
        textHtml: textWithChinese(excerpt.text),
        ...(excerpt.lang === undefined ? {} : { lang: excerpt.lang }),
        ...(excerpt.locator === undefined ? {} : { locator: excerpt.locator }),
        excerptUrl: urls.excerpt(entry.sourceId, entry.excerptId),
        citationUrl: urls.excerptCitation(entry.sourceId, entry.excerptId),
        ...(source.url === undefined ? {} : { originalPassageUrl: passageUrl(source.url, excerpt.text) }),
        ...(source.readAt === undefined ? {} : { readAtPassageUrl: passageUrl(source.readAt, excerpt.text) }),
        source: citations.get(entry.sourceId)!,
        sameAuthor: sameAuthor.get(entry.ref) ?? [],
        backlinks: backlinks(entry),
      };
    });
    const card = cards.get(c.id)!;
    const url = permalink(urls.claim(c.id));
    const reviewed = displayDate(c.reviewed);
    return {
      ...card,
      title: c.claim,
      topics: c.topics.map((t) => topicLinks.get(t)!),
      bodyHtml: markChinese(c.bodyHtml),
      evidence,
      related: c.related.flatMap((id) => cards.get(id) ?? []),
      appearances: c.appearances.map((a) => appearanceView(a, corpus)),
      published: displayDate(c.published),
      reviewed,
      alsoKnownAs: c.alsoKnownAs,
      alsoKnownAsHtml: c.alsoKnownAs.map(textWithChinese).join(", "),
      jsonLd: jsonForScript(claimReview(c, corpus.verdict(c.verdict)!, bounds, site)),
      permalink: url,
      citations: formatCitations(claimRecord(c, site, url)),
      citeFiles: [
        { href: urls.citeFile(c.id, "bib"), text: "BibTeX (.bib)" },
        { href: urls.citeFile(c.id, "ris"), text: "RIS (.ris)" },
        { href: urls.citeFile(c.id, "json"), text: "CSL-JSON (.json)" },
      ],
      revisions: revisions.get(c.id)!,
      embedHtml: embedHtml({
        claim: c.claim,
        verdict: card.verdict.label,
        summary: c.summary,
        url,
        reviewed,
        publisher: site.publisher.name,
      }),
    };
  });

  const sources = corpus.sources.map((s): SourcePage => {
    const reference = sourceReference(s);
    return {
      ...citations.get(s.id)!,
      kind: KIND_LABELS[s.kind] ?? s.kind,
      language: s.language,
      ...(s.notes === undefined ? {} : { notes: s.notes, notesHtml: textWithChinese(s.notes) }),
      bodyHtml: markChinese(s.bodyHtml),
      excerpts: s.excerpts.map((e) => ({
        id: e.id,
        heading: excerptHeading(e.text),
        headingHtml: textWithChinese(excerptHeading(e.text)),
        text: e.text,
        textHtml: textWithChinese(e.text),
        ...(e.lang === undefined ? {} : { lang: e.lang }),
        ...(e.locator === undefined ? {} : { locator: e.locator }),
        ...(e.original === undefined ? {} : { original: e.original, originalHtml: textWithChinese(e.original) }),
        ...(e.translation === undefined
          ? {}
          : { translation: e.translation, translationHtml: textWithChinese(e.translation) }),
        citedBy: cardsOf(corpus.citingClaims(e.ref)),
        citationAnchor: `${e.id}--cite`,
        citation: excerptCitation(e, reference, s),
      })),
      citedBy: cardsOf(corpus.claimsCitingSource(s.id)),
      inferredAuthors: inferredAuthorViews(s),
      sharedWork: sharedWorkViews(corpus, s),
    };
  });
  const labels = new Map(corpus.verdicts.map((v) => [v.id, v.label]));
  const feed = feedEntries(corpus, labels);

  return {
    claims,
    sources,
    topics: corpus.topics.map((t) => ({
      id: t.id,
      url: urls.topic(t.id),
      title: t.label,
      description: t.description,
      claims: cardsOf(corpus.claimsInTopic(t.id)),
    })),
    verdictPages: corpus.verdicts.map((v) => ({
      id: v.id,
      url: urls.verdict(v.id),
      title: v.label,
      description: v.definition,
      claims: cardsOf(corpus.claimsWithVerdict(v.id)),
    })),
    verdicts: corpus.verdicts.map((v) => ({ ...badges.get(v.id)!, count: corpus.claimsWithVerdict(v.id).length })),
    claimIndex: claimIndexPages([...cards.values()]),
    offlineCopy: offlineCopy(corpus, site),
    withdrawn: corpus.withdrawn.map(withdrawnPage),
    corrections: corrections(corpus, revisions),
    feed: {
      self: permalink(urls.feed()),
      home: permalink(urls.home()),
      updated: contentDate(feed[0]?.date ?? "1970-01-01"),
      entries: feed.map((e) => ({ ...e, link: permalink(e.url), updated: contentDate(e.date) })),
    },
    rules: editorialRules(corpus.verdicts),
    totals: {
      claims: corpus.claims.length,
      sources: corpus.sources.length,
      excerpts: corpus.sources.reduce((n, s) => n + s.excerpts.length, 0),
    },
  };
}

/**
 * An excerpt cited on its own: the quotation, where it is in the source, the
 * source's APA reference, and the copy it was read from when not the original.
 */
function excerptCitation(e: Excerpt, reference: string, s: Source): string {
  const locator = e.locator === undefined ? "" : ` (${e.locator})`;
  // The reference gives the date as a date; say when the page itself does not show it.
  const dated = s.publishedFrom === undefined ? "" : ` Date not shown on the page: ${DATE_ORIGINS[s.publishedFrom]}.`;
  const readAt = s.readAt === undefined ? "" : ` Read at ${s.readAt}.`;
  return `“${e.text}” ${reference}${locator}.${dated}${readAt}`;
}

function withdrawnPage(w: WithdrawnClaim): WithdrawnPage {
  return {
    id: w.id,
    url: urls.claim(w.id),
    claim: w.claim,
    published: displayDate(w.published),
    withdrawn: displayDate(w.withdrawn.date),
    reason: w.withdrawn.reason,
  };
}

function sourceCitation(s: Source): SourceCitation {
  return {
    id: s.id,
    url: urls.source(s.id),
    title: s.title,
    publisher: s.publisher,
    authors: bylineText(s.authors),
    ...(s.published === undefined ? {} : { published: displayDate(s.published) }),
    ...(s.publishedFrom === undefined ? {} : { publishedFrom: DATE_ORIGINS[s.publishedFrom] }),
    ...(s.documentDate === undefined ? {} : { documentDate: displayDate(s.documentDate) }),
    ...(s.url === undefined ? {} : { original: s.url }),
    ...(s.readAt === undefined ? {} : { readAt: s.readAt }),
    ...(s.snapshot === undefined ? {} : { snapshot: s.snapshot }),
  };
}

function appearanceView(a: Claim["appearances"][number], corpus: Corpus): AppearanceView {
  const excerpt = a.ref === undefined ? undefined : corpus.excerpt(a.ref);
  return {
    title: a.title,
    ...(a.publisher === undefined ? {} : { publisher: a.publisher }),
    ...(a.date === undefined ? {} : { date: displayDate(a.date) }),
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(excerpt === undefined
      ? {}
      : {
          recordedIn: {
            href: urls.excerpt(excerpt.sourceId, excerpt.id),
            text: corpus.source(excerpt.sourceId)!.title,
          },
        }),
  };
}

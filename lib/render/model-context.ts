/**
 * What every page model is built from, and the pieces several pages show:
 * links, verdict badges, claim cards and the metadata of a page's <head>.
 */
import type { Claim, Corpus, Source } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { textWithChinese } from "./chinese.ts";
import { ratingBounds } from "./claim-review.ts";
import { bylineText } from "./byline.ts";
import { formatCitations, type CitationFormatter } from "./cite.ts";
import { DATE_ORIGINS, displayDate, type DisplayDate } from "./dates.ts";
import type { Html } from "./escape.ts";
import { PUBLISHER_ORIGINS } from "./publisher-origin.ts";
import { publisherView, type PublisherView } from "./publisher.ts";
import { absoluteUrl, siteUrls, type Language, type Urls } from "./urls.ts";

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
  /** The verdict in one line. */
  readonly short: string;
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
  /** The claim and summary, escaped, with Chinese runs marked `lang="zh"`. */
  readonly claimHtml: Html;
  readonly summaryHtml: Html;
  readonly verdict: VerdictBadge;
}

/** How a source is named under a quote: enough to find and trust it. */
export interface SourceCitation {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  /** How the publisher is known when the text read does not show it, shown after its name. */
  readonly publisherFrom?: string;
  readonly authors: string;
  readonly published?: DisplayDate;
  /** How `published` is known when the page does not show it: "date inferred from the web address". */
  readonly publishedFrom?: string;
  /** The date a reproduced document bears (apart from when the page read was posted). */
  readonly documentDate?: DisplayDate;
  /** The original publication, when known. */
  readonly original?: string;
  /** The copy actually read, when it is not the original. */
  readonly readAt?: string;
  readonly snapshot?: string;
}

/**
 * What reference managers read from a page people cite (Zotero's generic
 * translator: Highwire Press `citation_*` tags and Dublin Core), describing
 * the work a reader means to save. Dates are `YYYY/MM/DD` at the precision known.
 */
export interface CitationMeta {
  readonly title: string;
  /** One per person, "Family, Given", or a name kept whole with a trailing comma ("Zhong Mia,"); organisations are never `citation_author`. */
  readonly authors: readonly string[];
  readonly publisher: string;
  /** The website or publication the work appeared in (`DC.source`), when it is not this site. */
  readonly container?: string;
  readonly publicationDate?: string;
  readonly onlineDate?: string;
  /** Where the work was read: its own address, else the copy's. */
  readonly publicUrl: string;
  readonly language: string;
  readonly rights: string;
}

/** What a page's <head> says about it: plain text, escaped once by the layout. */
export interface PageMeta {
  /** Root-relative, without the path prefix: where the page is written (its permalink). */
  readonly path: string;
  /** The page's own title, without the site's name; empty on the home page. */
  readonly title: string;
  readonly description: string;
  /** Absolute: the canonical link and og:url. */
  readonly canonical: string;
  /** On claim and source pages. */
  readonly citation?: CitationMeta;
}

export interface ModelContext {
  readonly corpus: Corpus;
  readonly site: Site;
  readonly publisher: PublisherView;
  /** Links within the site, under its path prefix. */
  readonly href: Urls;
  /** Root-relative paths without the prefix: where pages are written (their permalinks). */
  readonly paths: Urls;
  /** The absolute URL of a root-relative path. */
  absolute(path: string): string;
  meta(page: { path: string; title?: string; description?: string; citation?: CitationMeta }): PageMeta;
  /** The ends of the verdict scale, for ClaimReview ratings. */
  readonly ratingBounds: { readonly best: number; readonly worst: number };
  badge(verdictId: string): VerdictBadge;
  card(claimId: string): ClaimCard | undefined;
  cards(claims: readonly Claim[]): ClaimCard[];
  citation(sourceId: string): SourceCitation;
  /** Every citation format of a claim's or a source's record ("Cite this"). */
  readonly formatCitations: CitationFormatter;
}

function sourceCitation(s: Source, href: Urls): SourceCitation {
  return {
    id: s.id,
    url: href.source(s.id),
    title: s.title,
    publisher: s.publisher,
    ...(s.publisherFrom === undefined ? {} : { publisherFrom: PUBLISHER_ORIGINS[s.publisherFrom] }),
    authors: bylineText(s.authors),
    ...(s.published === undefined ? {} : { published: displayDate(s.published) }),
    ...(s.publishedFrom === undefined ? {} : { publishedFrom: DATE_ORIGINS[s.publishedFrom] }),
    ...(s.documentDate === undefined ? {} : { documentDate: displayDate(s.documentDate) }),
    ...(s.url === undefined ? {} : { original: s.url }),
    ...(s.readAt === undefined ? {} : { readAt: s.readAt }),
    ...(s.snapshot === undefined ? {} : { snapshot: s.snapshot }),
  };
}

/**
 * The context of the pages in `language`. Builds the badges, cards and source
 * citations once: O(verdicts + claims + sources).
 */
export function modelContext(corpus: Corpus, site: Site, language: Language = "en", format: CitationFormatter = formatCitations): ModelContext {
  const href = siteUrls(site.pathPrefix, language);
  const paths = siteUrls("/", language);
  const absolute = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  const badges = new Map(
    corpus.verdicts.map((v): [string, VerdictBadge] => [
      v.id,
      {
        id: v.id,
        label: v.label,
        rating: v.rating,
        short: v.short,
        definition: v.definition,
        definitionUrl: href.verdictDefinition(v.id),
        url: href.verdict(v.id),
      },
    ]),
  );
  const cards = new Map(
    corpus.claims.map((c): [string, ClaimCard] => [
      c.id,
      {
        id: c.id,
        url: href.claim(c.id),
        claim: c.claim,
        summary: c.summary,
        claimHtml: textWithChinese(c.claim),
        summaryHtml: textWithChinese(c.summary),
        verdict: badges.get(c.verdict)!,
      },
    ]),
  );
  const sourceCitations = new Map(corpus.sources.map((s) => [s.id, sourceCitation(s, href)]));
  return {
    corpus,
    site,
    publisher: publisherView(site),
    href,
    paths,
    absolute,
    ratingBounds: ratingBounds(corpus.verdicts),
    meta: ({ path, title = "", description = site.tagline, citation }) => ({
      path,
      title,
      description,
      canonical: absolute(path),
      ...(citation === undefined ? {} : { citation }),
    }),
    badge: (id) => badges.get(id)!,
    card: (id) => cards.get(id),
    cards: (claims) => claims.map((c) => cards.get(c.id)!),
    citation: (id) => sourceCitations.get(id)!,
    formatCitations: format,
  };
}

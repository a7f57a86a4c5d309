/**
 * What every page model is built from, and the pieces several pages show:
 * links, verdict badges, claim cards and the metadata of a page's <head>.
 */
import type { Claim, Corpus, Source } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { textWithChinese } from "./chinese.ts";
import { ratingBounds } from "./claim-review.ts";
import { bylineText } from "./byline.ts";
import { citationsOnDemand, type CitationTexts } from "./cite.ts";
import { DATE_ORIGINS, displayDate, type DisplayDate } from "./dates.ts";
import type { Html } from "./escape.ts";
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

/** What a page's <head> says about it: plain text, escaped once by the layout. */
export interface PageMeta {
  /** Root-relative, without the path prefix: where the page is written (its permalink). */
  readonly path: string;
  /** The page's own title, without the site's name; empty on the home page. */
  readonly title: string;
  readonly description: string;
  /** Absolute: the canonical link and og:url. */
  readonly canonical: string;
  readonly ogType: "website" | "article";
}

export interface ModelContext {
  readonly corpus: Corpus;
  readonly site: Site;
  /** Links within the site, under its path prefix. */
  readonly href: Urls;
  /** Root-relative paths without the prefix: where pages are written (their permalinks). */
  readonly paths: Urls;
  /** The absolute URL of a root-relative path. */
  absolute(path: string): string;
  meta(page: { path: string; title?: string; description?: string; ogType?: PageMeta["ogType"] }): PageMeta;
  /** The ends of the verdict scale, for ClaimReview ratings. */
  readonly ratingBounds: { readonly best: number; readonly worst: number };
  badge(verdictId: string): VerdictBadge;
  card(claimId: string): ClaimCard | undefined;
  cards(claims: readonly Claim[]): ClaimCard[];
  citation(sourceId: string): SourceCitation;
  /** Citation text of claims and sources ("Cite this"). */
  readonly citations: CitationTexts;
}

function sourceCitation(s: Source, href: Urls): SourceCitation {
  return {
    id: s.id,
    url: href.source(s.id),
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

/**
 * The context of the pages in `language`. Builds the badges, cards and source
 * citations once: O(verdicts + claims + sources).
 */
export function modelContext(corpus: Corpus, site: Site, language: Language = "en", citations: CitationTexts = citationsOnDemand): ModelContext {
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
    href,
    paths,
    absolute,
    ratingBounds: ratingBounds(corpus.verdicts),
    meta: ({ path, title = "", description = site.tagline, ogType = "website" }) => ({
      path,
      title,
      description,
      canonical: absolute(path),
      ogType,
    }),
    badge: (id) => badges.get(id)!,
    card: (id) => cards.get(id),
    cards: (claims) => claims.map((c) => cards.get(c.id)!),
    citation: (id) => sourceCitations.get(id)!,
    citations,
  };
}

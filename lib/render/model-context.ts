/**
 * What every page model is built from, and the pieces several pages show:
 * links, verdict badges, claim cards and the metadata of a page's <head>.
 */
import type { Claim, Corpus, Topic, Verdict } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { textWithChinese } from "./chinese.ts";
import type { CitationMeta } from "./citation-meta.ts";
import { claimTextOrder, type ClaimTextOrder } from "./claim-index.ts";
import { ratingBounds } from "./claim-review.ts";
import { formatCitations, type CitationFormatter } from "./cite.ts";
import { chineseDate, displayDate, type DisplayDate } from "./dates.ts";
import { escapeHtml, type Html } from "./escape.ts";
import { LANGUAGE_TAGS } from "./interface-text.ts";
import { PAGE_WORDS, type PageWords } from "./page-words.ts";
import { publisherView, type PublisherView } from "./publisher.ts";
import { counterpart, type Alternate, type LanguageSwitch } from "./alternates.ts";
import { sourceCitation, type SourceCitation } from "./source-citation.ts";
import { absoluteUrl, pathsIn, siteUrls, type Language, type Urls } from "./urls.ts";
import { ZH_HANS_TEXT } from "./zh-hans-text.ts";

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
  /** "Verdict: ", which screen readers hear before the label. */
  readonly prefix: string;
}

export interface ClaimCard {
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly summary: string;
  /** The claim and summary, escaped, with Chinese runs marked `lang="zh"` (English ones `lang="en"` on a Chinese page). */
  readonly claimHtml: Html;
  readonly summaryHtml: Html;
  readonly verdict: VerdictBadge;
  /** On a page in another language: the claim is not translated yet, and shown in English with this note. */
  readonly untranslated?: string;
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
  /** The page's language tag, when it is not the site's (`zh-Hans` on the Chinese pages). */
  readonly language?: string;
  /** The same page in each language, absolute, for `hreflang` links: only where the page exists in more than one. */
  readonly alternates?: readonly Alternate[];
  /** The link to the same page in the other language. */
  readonly languageSwitch?: LanguageSwitch;
}

export interface ModelContext {
  readonly language: Language;
  /** The words page models write, in the pages' language. */
  readonly words: PageWords;
  readonly corpus: Corpus;
  readonly site: Site;
  readonly publisher: PublisherView;
  /** Links within the site, under its path prefix. */
  readonly href: Urls;
  /** Links within the site, under its path prefix, to pages in `language` (a page that links across languages). */
  hrefIn(language: Language): Urls;
  /** Root-relative paths without the prefix: where pages are written (their permalinks). */
  readonly paths: Urls;
  /** The absolute URL of a root-relative path. */
  absolute(path: string): string;
  /** A content date as the pages' language writes it: "2 January 2026", 2026年1月2日. */
  date(value: string): DisplayDate;
  meta(page: {
    path: string;
    title?: string;
    description?: string;
    citation?: CitationMeta;
    language?: string;
    alternates?: readonly Alternate[];
    languageSwitch?: LanguageSwitch;
  }): PageMeta;
  /** The ends of the verdict scale, for ClaimReview ratings. */
  readonly ratingBounds: { readonly best: number; readonly worst: number };
  badge(verdictId: string): VerdictBadge;
  /**
   * The `hreflang` alternates and language switch of a page that exists in
   * every language, `pathIn` giving its path among each language's paths.
   */
  pair(pathIn: (paths: Urls) => string): Pick<PageMeta, "alternates" | "languageSwitch">;
  /** A topic's name and description in the pages' language. */
  topicText(t: Topic): { readonly label: string; readonly description: string };
  card(claimId: string): ClaimCard | undefined;
  cards(claims: readonly Claim[]): ClaimCard[];
  /** The A–Z index order of claim cards, by the rules of the pages' language: one per build and language. */
  claimOrder(): ClaimTextOrder;
  citation(sourceId: string): SourceCitation;
  /** Every citation format of a claim's or a source's record ("Cite this"). */
  readonly formatCitations: CitationFormatter;
}

/**
 * The context of the pages in `language`. Builds the badges, cards and source
 * citations once: O(verdicts + claims + sources).
 */
export function modelContext(corpus: Corpus, site: Site, language: Language = "en", format: CitationFormatter = formatCitations): ModelContext {
  const href = siteUrls(site.pathPrefix, language);
  const paths = siteUrls("/", language);
  const absolute = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  const zh = language === "zh-hans";
  const verdictText = (v: Verdict) => (zh ? v["zh-hans"] : v);
  const badges = new Map(
    corpus.verdicts.map((v): [string, VerdictBadge] => [
      v.id,
      {
        id: v.id,
        label: verdictText(v).label,
        rating: v.rating,
        short: verdictText(v).short,
        definition: verdictText(v).definition,
        definitionUrl: href.verdictDefinition(v.id),
        url: href.verdict(v.id),
        prefix: PAGE_WORDS[language].verdictPrefix,
      },
    ]),
  );
  const card = (c: Claim): ClaimCard => {
    const base = { id: c.id, url: href.claim(c.id), verdict: badges.get(c.verdict)! };
    if (!zh) return { ...base, claim: c.claim, summary: c.summary, claimHtml: textWithChinese(c.claim), summaryHtml: textWithChinese(c.summary) };
    const t = corpus.translation(c.id, language);
    if (t) return { ...base, claim: t.claim, summary: t.summary, claimHtml: escapeHtml(t.claim), summaryHtml: escapeHtml(t.summary) };
    // Not translated yet: the English, marked as English so it is read (and set in a Latin font) as such.
    const english = (text: string) => `<span lang="en">${textWithChinese(text)}</span>` as Html;
    return { ...base, claim: c.claim, summary: c.summary, claimHtml: english(c.claim), summaryHtml: english(c.summary), untranslated: ZH_HANS_TEXT.untranslated };
  };
  const cards = new Map(corpus.claims.map((c): [string, ClaimCard] => [c.id, card(c)]));
  const sourceCitations = new Map(corpus.sources.map((s) => [s.id, sourceCitation(s, href)]));
  // Made once, when first asked for.
  let order: ClaimTextOrder | undefined;
  const ctx: ModelContext = {
    language,
    words: PAGE_WORDS[language],
    corpus,
    site,
    publisher: publisherView(site),
    href,
    hrefIn: (other) => (other === language ? href : siteUrls(site.pathPrefix, other)),
    paths,
    absolute,
    date: (value) => (zh ? { iso: value, text: chineseDate(value) } : displayDate(value)),
    ratingBounds: ratingBounds(corpus.verdicts),
    meta: ({ path, title = "", description = zh ? ZH_HANS_TEXT.tagline : site.tagline, citation, language: tag = zh ? LANGUAGE_TAGS["zh-hans"] : undefined, alternates, languageSwitch }) => ({
      path,
      title,
      description,
      canonical: absolute(path),
      ...(citation === undefined ? {} : { citation }),
      ...(tag === undefined ? {} : { language: tag }),
      ...(alternates === undefined ? {} : { alternates }),
      ...(languageSwitch === undefined ? {} : { languageSwitch }),
    }),
    badge: (id) => badges.get(id)!,
    topicText: (t) => (zh ? t["zh-hans"] : t),
    pair: (pathIn) => counterpart(ctx, { en: pathIn(pathsIn.en), "zh-hans": pathIn(pathsIn["zh-hans"]) }, language),
    card: (id) => cards.get(id),
    cards: (claims) => claims.map((c) => cards.get(c.id)!),
    claimOrder: () => {
      order ??= claimTextOrder(language);
      return order;
    },
    citation: (id) => sourceCitations.get(id)!,
    formatCitations: format,
  };
  return ctx;
}

/**
 * The source page: the original work it quotes (described for readers and
 * for reference managers, and cited in every format), where it was read, and
 * each excerpt with its own citation and the first claims citing it.
 */
import type { Excerpt, Source } from "../content/corpus.ts";
import { markChinese, textWithChinese } from "./chinese.ts";
import type { Citations } from "./cite.ts";
import { sourceCitationMeta } from "./citation-meta.ts";
import { sourceRecord } from "./citation-record.ts";
import { renderedMarkdown, type Html } from "./escape.ts";
import { inferredAuthorViews, sharedWorkViews, type InferredAuthorView, type SharedWorkView } from "./byline.ts";
import type { ExcerptCitedBy } from "./cited-by.ts";
import { languageName } from "./language-names.ts";
import { sentenceLocator } from "./prose.ts";
import type { Link, ModelContext, PageMeta } from "./model-context.ts";
import { originalLink, snapshotLink, type RobustLink } from "./robust-links.ts";
import { chineseSearchField } from "./search-words.ts";
import type { SourceCitation } from "./source-citation.ts";
import { anchors, type CiteFileType } from "./urls.ts";

interface ExcerptView {
  readonly id: string;
  readonly heading: string;
  readonly headingHtml: Html;
  readonly text: string;
  readonly textHtml: Html;
  readonly lang?: string;
  /** The place alone, as the citation box gives it to copy. */
  readonly locator?: string;
  /** The editors' note on the place or the quote, shown beside the place, never copied with it. */
  readonly locatorNote?: string;
  readonly original?: string;
  readonly originalHtml?: Html;
  readonly translation?: string;
  readonly translationHtml?: Html;
  readonly citedBy: ExcerptCitedBy;
  /** Fragment id of the excerpt's citation. */
  readonly citationAnchor: string;
  /**
   * The source's reference in APA, to cite the excerpt with its locator beside it, as written:
   * no style puts a free-text place after a reference's URL (APA gives it in the in-text
   * citation, "para. 6"). The other styles are on the page once, under "Cite this source".
   */
  readonly citation: string;
}

export interface SourcePage extends SourceCitation {
  readonly meta: PageMeta;
  readonly kind: string;
  /** The language's name ("English"), not its code. */
  readonly language: string;
  /** The original, with Robust Links attributes when there is a snapshot. */
  readonly originalLink?: RobustLink;
  readonly snapshotLink?: RobustLink;
  /** The work itself, in every citation format, and as files. */
  readonly citations: Citations;
  readonly citeFiles: readonly Link[];
  readonly notes?: string;
  readonly notesHtml?: Html;
  readonly bodyHtml: Html;
  /** The words of the page's Chinese (title, notes, excerpts), for its hidden search field ("" when it has none). */
  readonly chineseSearchWords: string;
  readonly excerpts: readonly ExcerptView[];
  /** Authors the editors infer (not shown by the source), each with the reason. */
  readonly inferredAuthors: readonly InferredAuthorView[];
  /** Other sources that are the same author's work. */
  readonly sharedWork: readonly SharedWorkView[];
}



/**
 * A short heading for an excerpt: its first words.
 * @example excerptHeading("Despite its name, it isn’t a single system, and it’s not monolithic") // "Despite its name, it isn’t a single system, and…"
 */
export function excerptHeading(text: string, words = 9): string {
  const parts = text.replace(/^[\s“”"‘’']+/, "").split(/\s+/);
  return parts.length <= words ? parts.join(" ") : `${parts.slice(0, words).join(" ")}…`;
}

function excerptView(e: Excerpt, citations: Citations, citedBy: ExcerptCitedBy): ExcerptView {
  const heading = excerptHeading(e.text);
  return {
    id: e.id,
    heading,
    headingHtml: textWithChinese(heading),
    text: e.text,
    textHtml: textWithChinese(e.text),
    ...(e.lang === undefined ? {} : { lang: e.lang }),
    ...(e.locator === undefined ? {} : { locator: sentenceLocator(e.locator) }),
    ...(e.locatorNote === undefined ? {} : { locatorNote: e.locatorNote }),
    ...(e.original === undefined ? {} : { original: e.original, originalHtml: textWithChinese(e.original) }),
    ...(e.translation === undefined ? {} : { translation: e.translation, translationHtml: textWithChinese(e.translation) }),
    citedBy,
    citationAnchor: anchors.excerptCitation(e.id),
    citation: citations.apa,
  };
}

const CITE_FILES: readonly [CiteFileType, string][] = [
  ["bib", "BibTeX (.bib)"],
  ["ris", "RIS (.ris)"],
  ["json", "CSL-JSON (.json)"],
];

/** `citedBy`: the claims citing each excerpt, by excerpt id (cited-by.ts). */
export function sourcePage(s: Source, ctx: ModelContext, citedBy: ReadonlyMap<string, ExcerptCitedBy>): SourcePage {
  const citations = ctx.formatCitations(sourceRecord(s));
  return {
    ...ctx.citation(s.id),
    meta: ctx.meta({
      path: ctx.paths.source(s.id),
      title: s.title,
      description: ctx.words.sourceDescription(s.title, s.publisher),
      citation: sourceCitationMeta(s),
      ...ctx.pair((paths) => paths.source(s.id)),
    }),
    kind: ctx.words.sourceKinds[s.kind],
    language: languageName(s.language, ctx.language),
    ...(s.url === undefined ? {} : { originalLink: originalLink(s.url, s.url, s.snapshot) }),
    ...(s.snapshot === undefined ? {} : { snapshotLink: snapshotLink(s.snapshot, (s.url ?? s.readAt)!) }),
    citations,
    citeFiles: CITE_FILES.map(([ext, text]) => ({ href: ctx.href.sourceCiteFile(s.id, ext), text })),
    ...(s.notes === undefined ? {} : { notes: s.notes, notesHtml: textWithChinese(s.notes) }),
    bodyHtml: markChinese(renderedMarkdown(s.bodyHtml)),
    chineseSearchWords: chineseSearchField([
      s.title,
      s.notes ?? "",
      s.bodyHtml,
      ...s.excerpts.flatMap((e) => [e.text, e.original ?? "", e.translation ?? ""]),
    ]),
    excerpts: s.excerpts.map((e) => excerptView(e, citations, citedBy.get(e.id)!)),
    inferredAuthors: inferredAuthorViews(s),
    sharedWork: sharedWorkViews(ctx.corpus, ctx.href, s),
  };
}

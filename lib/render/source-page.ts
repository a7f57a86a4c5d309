/** The source page: what the source is, where it was read, and each excerpt with the claims citing it. */
import type { Excerpt, Source } from "../content/corpus.ts";
import { markChinese, textWithChinese } from "./chinese.ts";
import { sourceRecord } from "./cite.ts";
import { renderedMarkdown, type Html } from "./escape.ts";
import { inferredAuthorViews, sharedWorkViews, type InferredAuthorView, type SharedWorkView } from "./byline.ts";
import { DATE_ORIGINS } from "./dates.ts";
import type { ClaimCard, ModelContext, PageMeta, SourceCitation } from "./model-context.ts";
import { anchors } from "./urls.ts";

interface ExcerptView {
  readonly id: string;
  readonly heading: string;
  readonly headingHtml: Html;
  readonly text: string;
  readonly textHtml: Html;
  readonly lang?: string;
  readonly locator?: string;
  readonly original?: string;
  readonly originalHtml?: Html;
  readonly translation?: string;
  readonly translationHtml?: Html;
  readonly citedBy: readonly ClaimCard[];
  /** Fragment id of the excerpt's citation. */
  readonly citationAnchor: string;
  /** The excerpt cited on its own: quote, locator, the source's reference, the copy read. */
  readonly citation: string;
}

export interface SourcePage extends SourceCitation {
  readonly meta: PageMeta;
  readonly kind: string;
  readonly language: string;
  readonly notes?: string;
  readonly notesHtml?: Html;
  readonly bodyHtml: Html;
  readonly excerpts: readonly ExcerptView[];
  readonly citedBy: readonly ClaimCard[];
  /** Authors the editors infer (not shown by the source), each with the reason. */
  readonly inferredAuthors: readonly InferredAuthorView[];
  /** Other sources that are the same author's work. */
  readonly sharedWork: readonly SharedWorkView[];
}

const KIND_LABELS: Record<Source["kind"], string> = {
  news: "News",
  "government-document": "Government document",
  "court-document": "Court document",
  "law-translation": "Law translation",
  academic: "Academic",
  analysis: "Analysis",
  reference: "Reference",
  "company-statement": "Company statement",
};

/**
 * A short heading for an excerpt: its first words.
 * @example excerptHeading("Despite its name, it isn’t a single system, and it’s not monolithic") // "Despite its name, it isn’t a single system, and…"
 */
export function excerptHeading(text: string, words = 9): string {
  const parts = text.replace(/^[\s“”"‘’']+/, "").split(/\s+/);
  return parts.length <= words ? parts.join(" ") : `${parts.slice(0, words).join(" ")}…`;
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

function excerptView(e: Excerpt, s: Source, reference: string, ctx: ModelContext): ExcerptView {
  const heading = excerptHeading(e.text);
  return {
    id: e.id,
    heading,
    headingHtml: textWithChinese(heading),
    text: e.text,
    textHtml: textWithChinese(e.text),
    ...(e.lang === undefined ? {} : { lang: e.lang }),
    ...(e.locator === undefined ? {} : { locator: e.locator }),
    ...(e.original === undefined ? {} : { original: e.original, originalHtml: textWithChinese(e.original) }),
    ...(e.translation === undefined ? {} : { translation: e.translation, translationHtml: textWithChinese(e.translation) }),
    citedBy: ctx.cards(ctx.corpus.citingClaims(e.ref)),
    citationAnchor: anchors.excerptCitation(e.id),
    citation: excerptCitation(e, reference, s),
  };
}

export function sourcePage(s: Source, ctx: ModelContext): SourcePage {
  const reference = ctx.citations.source(sourceRecord(s));
  return {
    ...ctx.citation(s.id),
    meta: ctx.meta({
      path: ctx.paths.source(s.id),
      title: s.title,
      description: `Source: ${s.title}, ${s.publisher}. Excerpts quoted by claims on this site.`,
    }),
    kind: KIND_LABELS[s.kind],
    language: s.language,
    ...(s.notes === undefined ? {} : { notes: s.notes, notesHtml: textWithChinese(s.notes) }),
    bodyHtml: markChinese(renderedMarkdown(s.bodyHtml)),
    excerpts: s.excerpts.map((e) => excerptView(e, s, reference, ctx)),
    citedBy: ctx.cards(ctx.corpus.claimsCitingSource(s.id)),
    inferredAuthors: inferredAuthorViews(s),
    sharedWork: sharedWorkViews(ctx.corpus, ctx.href, s),
  };
}

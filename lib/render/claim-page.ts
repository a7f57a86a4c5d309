/** The claim page: the claim, its verdict, the explanation, the quoted evidence, its history and "Cite this". */
import type { ClaimReview, WithContext } from "schema-dts";
import type { Claim, EvidenceEntry } from "../content/corpus.ts";
import { citationAnchor } from "../markdown/citations.ts";
import { markChinese, textWithChinese } from "./chinese.ts";
import { sameAuthorViews, type SameAuthorView } from "./byline.ts";
import { claimRecord, type ClaimCitations } from "./cite.ts";
import { claimReview } from "./claim-review.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import { embedHtml } from "./embed.ts";
import { jsonForScript, joinHtml, renderedMarkdown, type Html } from "./escape.ts";
import type { RevisionView } from "./history.ts";
import type { ClaimCard, Link, ModelContext, PageMeta, SourceCitation } from "./model-context.ts";
import { passageUrl } from "./text-fragment.ts";

interface EvidenceView {
  readonly number: number;
  readonly anchor: string;
  readonly note?: string;
  readonly text: string;
  readonly textHtml: Html;
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
  /** Other entries of this claim that are the same author's view (from other sources). */
  readonly sameAuthor: readonly SameAuthorView[];
  /** Links back to each place in the text that cites this entry (Wikipedia's ^ a b). */
  readonly backlinks: readonly Link[];
}

interface AppearanceView {
  readonly title: string;
  readonly publisher?: string;
  readonly date?: DisplayDate;
  readonly url?: string;
  /** The excerpt that records it, on its source page. */
  readonly recordedIn?: Link;
}

export interface ClaimPage extends ClaimCard {
  readonly meta: PageMeta;
  readonly topics: readonly Link[];
  readonly bodyHtml: Html;
  readonly evidence: readonly EvidenceView[];
  readonly related: readonly ClaimCard[];
  readonly appearances: readonly AppearanceView[];
  readonly published: DisplayDate;
  readonly reviewed: DisplayDate;
  readonly alsoKnownAs: readonly string[];
  /** The other phrasings, comma-separated, escaped, Chinese marked. */
  readonly alsoKnownAsHtml: Html;
  /** schema.org ClaimReview: embedded in the page and collected in the open data. */
  readonly claimReview: WithContext<ClaimReview>;
  /** The ClaimReview as JSON for the page's `<script>` element. */
  readonly jsonLdHtml: Html;
  readonly citations: ClaimCitations;
  /** Downloadable citation files. */
  readonly citeFiles: readonly Link[];
  readonly revisions: readonly RevisionView[];
  /** HTML for other sites to paste: shown as text, never rendered. */
  readonly embedCode: string;
}

const BACKLINK_LETTERS = "abcdefghijklmnopqrstuvwxyz";

function backlinks(entry: EvidenceEntry): Link[] {
  if (entry.uses === 1) {
    return [{ href: `#${citationAnchor(entry.number, 1)}`, text: "^", label: "Back to the text" }];
  }
  return Array.from({ length: entry.uses }, (_, i) => {
    const text = BACKLINK_LETTERS[i] ?? String(i + 1);
    return { href: `#${citationAnchor(entry.number, i + 1)}`, text, label: `Back to citation ${text}` };
  });
}

function evidenceView(entry: EvidenceEntry, ctx: ModelContext, sameAuthor: ReadonlyMap<string, SameAuthorView[]>): EvidenceView {
  const excerpt = ctx.corpus.excerpt(entry.ref)!;
  const source = ctx.corpus.source(entry.sourceId)!;
  return {
    number: entry.number,
    anchor: entry.anchor,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    text: excerpt.text,
    textHtml: textWithChinese(excerpt.text),
    ...(excerpt.lang === undefined ? {} : { lang: excerpt.lang }),
    ...(excerpt.locator === undefined ? {} : { locator: excerpt.locator }),
    excerptUrl: ctx.href.excerpt(entry.sourceId, entry.excerptId),
    citationUrl: ctx.href.excerptCitation(entry.sourceId, entry.excerptId),
    ...(source.url === undefined ? {} : { originalPassageUrl: passageUrl(source.url, excerpt.text) }),
    ...(source.readAt === undefined ? {} : { readAtPassageUrl: passageUrl(source.readAt, excerpt.text) }),
    source: ctx.citation(entry.sourceId),
    sameAuthor: sameAuthor.get(entry.ref) ?? [],
    backlinks: backlinks(entry),
  };
}

function appearanceView(a: Claim["appearances"][number], ctx: ModelContext): AppearanceView {
  const excerpt = a.ref === undefined ? undefined : ctx.corpus.excerpt(a.ref);
  return {
    title: a.title,
    ...(a.publisher === undefined ? {} : { publisher: a.publisher }),
    ...(a.date === undefined ? {} : { date: displayDate(a.date) }),
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(excerpt === undefined
      ? {}
      : { recordedIn: { href: ctx.href.excerpt(excerpt.sourceId, excerpt.id), text: ctx.corpus.source(excerpt.sourceId)!.title } }),
  };
}

/** `revisions` are the claim's, shared with the corrections page. */
export function claimPage(c: Claim, ctx: ModelContext, revisions: readonly RevisionView[]): ClaimPage {
  const card = ctx.card(c.id)!;
  const meta = ctx.meta({ path: ctx.paths.claim(c.id), title: c.claim, description: `${card.verdict.label}: ${c.summary}`, ogType: "article" });
  const reviewed = displayDate(c.reviewed);
  const sameAuthor = sameAuthorViews(ctx.corpus, c.evidence);
  const review = claimReview(c, ctx.corpus.verdict(c.verdict)!, ctx.ratingBounds, ctx.site, meta.canonical);
  return {
    ...card,
    meta,
    topics: c.topics.map((t) => ({ href: ctx.href.topic(t), text: ctx.corpus.topic(t)!.label })),
    bodyHtml: markChinese(renderedMarkdown(c.bodyHtml)),
    evidence: c.evidence.map((entry) => evidenceView(entry, ctx, sameAuthor)),
    related: c.related.flatMap((id) => ctx.card(id) ?? []),
    appearances: c.appearances.map((a) => appearanceView(a, ctx)),
    published: displayDate(c.published),
    reviewed,
    alsoKnownAs: c.alsoKnownAs,
    alsoKnownAsHtml: joinHtml(c.alsoKnownAs.map(textWithChinese), ", "),
    claimReview: review,
    jsonLdHtml: jsonForScript(review),
    citations: ctx.citations.claim(claimRecord(c, ctx.site, meta.canonical)),
    citeFiles: [
      { href: ctx.href.citeFile(c.id, "bib"), text: "BibTeX (.bib)" },
      { href: ctx.href.citeFile(c.id, "ris"), text: "RIS (.ris)" },
      { href: ctx.href.citeFile(c.id, "json"), text: "CSL-JSON (.json)" },
    ],
    revisions,
    embedCode: embedHtml({
      claim: c.claim,
      verdict: card.verdict.label,
      summary: c.summary,
      url: meta.canonical,
      reviewed,
      publisher: ctx.site.publisher.name,
    }),
  };
}

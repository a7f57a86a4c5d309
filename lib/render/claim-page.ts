/**
 * The claim page, verdict first: the claim (and where it was made), the
 * verdict with its one-line meaning, what is true and the dateline; then the
 * explanation, the quoted evidence, its history and "Cite this".
 */
import type { ClaimReview, WithContext } from "schema-dts";
import type { Claim, EvidenceEntry } from "../content/corpus.ts";
import { citationAnchor } from "../markdown/citations.ts";
import { markChinese, textWithChinese } from "./chinese.ts";
import { sameAuthorViews, type SameAuthorView } from "./byline.ts";
import type { Citations } from "./cite.ts";
import { claimCitationMeta } from "./citation-meta.ts";
import { claimRecord, type CitationRecord } from "./citation-record.ts";
import { claimReview, firstAppearance } from "./claim-review.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import { embedHtml } from "./embed.ts";
import { jsonForScript, joinHtml, renderedMarkdown, type Html } from "./escape.ts";
import { latestCorrection, type LatestCorrection, type RevisionView } from "./history.ts";
import type { ClaimCard, Link, ModelContext, PageMeta } from "./model-context.ts";
import { sentenceLocator } from "./prose.ts";
import { reportErrorUrl } from "./publisher.ts";
import { originalLink, snapshotLink, type RobustLink } from "./robust-links.ts";
import { chineseSearchField } from "./search-words.ts";
import type { SourceCitation } from "./source-citation.ts";
import { passageUrl } from "./text-fragment.ts";
import { counterpart } from "./alternates.ts";
import { pathsIn } from "./urls.ts";

export interface EvidenceView {
  readonly number: number;
  readonly anchor: string;
  readonly note?: string;
  readonly text: string;
  readonly textHtml: Html;
  readonly lang?: string;
  /** Where the passage is in the source, as a reader starts a sentence with it ("Paragraph 8"). */
  readonly locator?: string;
  /** The editors' note on that place or the quote ("punctuation as published"), shown after it. */
  readonly locatorNote?: string;
  readonly excerptUrl: string;
  /** The excerpt's own citation, on its source page. */
  readonly citationUrl: string;
  /** The original page, scrolled to the passage (text fragment). */
  readonly original?: RobustLink;
  /** The copy read, scrolled to the passage, and the name of the site that holds it. */
  readonly readAt?: { readonly href: string; readonly host: string };
  /** The source's archived copy. */
  readonly snapshot?: RobustLink;
  readonly source: SourceCitation;
  /** Other entries of this claim that are the same author's view (from other sources). */
  readonly sameAuthor: readonly SameAuthorView[];
  /** Links back to each place in the text that cites this entry (Wikipedia's ^ a b). */
  readonly backlinks: readonly Link[];
}

interface AppearanceView {
  readonly title: string;
  readonly publisher?: string;
  /** Shown unless the title already gives its year ("… as TechNode summed them up in 2018: …"). */
  readonly date?: DisplayDate;
  /**
   * What follows the title (and its note) before the publisher or date: "," unless the title ends its
   * own sentence ("… Here’s what it says.", "…?"), which takes no comma, as in a reference.
   */
  readonly titleEnd: "," | "";
  /** True when the line's last words are a title that ends its own sentence: no second full stop. */
  readonly endsSentence: boolean;
  readonly url?: string;
  /** What a reader must know about the title or the page ("title inferred from the web address"). */
  readonly note?: string;
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
  /** Where the claim was first made, shown with it; the rest are listed further down. */
  readonly said?: AppearanceView;
  readonly published: DisplayDate;
  readonly reviewed: DisplayDate;
  /** The latest correction or verdict change, linked to the page's history. */
  readonly corrected?: LatestCorrection;
  readonly alsoKnownAs: readonly string[];
  /** The other phrasings, comma-separated, escaped, Chinese marked. */
  readonly alsoKnownAsHtml: Html;
  /** The words of the page's Chinese, for its hidden search field ("" when it has none). */
  readonly chineseSearchWords: string;
  /** schema.org ClaimReview: embedded in the page and collected in the open data. */
  readonly claimReview: WithContext<ClaimReview>;
  /** The ClaimReview as JSON for the page's `<script>` element. */
  readonly jsonLdHtml: Html;
  readonly citations: Citations;
  /** Downloadable citation files. */
  readonly citeFiles: readonly Link[];
  readonly revisions: readonly RevisionView[];
  /** HTML for other sites to paste: shown as text, never rendered. */
  readonly embedCode: string;
  /** Opens an error report in the repository with this page's address filled in. */
  readonly reportError: string;
  /** Opens a claim suggestion in the repository. */
  readonly suggestClaim: string;
}

const BACKLINK_LETTERS = "abcdefghijklmnopqrstuvwxyz";

function backlinks(entry: EvidenceEntry): Link[] {
  if (entry.uses === 1) {
    return [{ href: `#${citationAnchor(entry.number, 1)}`, text: "↑", label: "Back to the text" }];
  }
  return Array.from({ length: entry.uses }, (_, i) => {
    const text = BACKLINK_LETTERS[i] ?? String(i + 1);
    return { href: `#${citationAnchor(entry.number, i + 1)}`, text, label: `Back to citation ${text}` };
  });
}

/** What of an evidence entry depends on the page's language: the links to this site's pages in it. */
type EvidenceLinks = Pick<EvidenceView, "excerptUrl" | "citationUrl" | "source">;

function evidenceLinks(entry: EvidenceEntry, ctx: ModelContext): EvidenceLinks {
  return {
    excerptUrl: ctx.href.excerpt(entry.sourceId, entry.excerptId),
    citationUrl: ctx.href.excerptCitation(entry.sourceId, entry.excerptId),
    source: ctx.citation(entry.sourceId),
  };
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
    ...(excerpt.locator === undefined ? {} : { locator: sentenceLocator(excerpt.locator) }),
    ...(excerpt.locatorNote === undefined ? {} : { locatorNote: excerpt.locatorNote }),
    ...(source.url === undefined ? {} : { original: originalLink(passageUrl(source.url, excerpt.text), source.url, source.snapshot) }),
    ...(source.readAt === undefined ? {} : { readAt: { href: passageUrl(source.readAt, excerpt.text), host: new URL(source.readAt).hostname } }),
    ...(source.snapshot === undefined ? {} : { snapshot: snapshotLink(source.snapshot, (source.url ?? source.readAt)!) }),
    ...evidenceLinks(entry, ctx),
    sameAuthor: sameAuthor.get(entry.ref) ?? [],
    backlinks: backlinks(entry),
  };
}

/**
 * The same entry on the page in another language (`view` from `evidenceView`):
 * only its links change, so the quote, its text fragments and its backlinks are computed once.
 */
export function evidenceViewIn(view: EvidenceView, entry: EvidenceEntry, ctx: ModelContext): EvidenceView {
  return { ...view, ...evidenceLinks(entry, ctx) };
}

/** A title's own closing punctuation, before any closing quote or bracket. */
const SENTENCE_END = /[.?!][’”'")]*$/;

function appearanceView(a: Claim["appearances"][number], ctx: ModelContext): AppearanceView {
  const excerpt = a.ref === undefined ? undefined : ctx.corpus.excerpt(a.ref);
  const date = a.date !== undefined && !a.title.includes(a.date.slice(0, 4)) ? a.date : undefined;
  const titleEndsSentence = a.note === undefined && SENTENCE_END.test(a.title);
  return {
    title: a.title,
    ...(a.publisher === undefined ? {} : { publisher: a.publisher }),
    ...(date === undefined ? {} : { date: displayDate(date) }),
    titleEnd: titleEndsSentence ? "" : ",",
    endsSentence: titleEndsSentence && a.publisher === undefined && date === undefined,
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(a.note === undefined ? {} : { note: a.note }),
    ...(excerpt === undefined
      ? {}
      : { recordedIn: { href: ctx.href.excerpt(excerpt.sourceId, excerpt.id), text: ctx.corpus.source(excerpt.sourceId)!.title } }),
  };
}

/** What the claim page's "Cite this" formats: the page at its canonical address. */
export function claimPageRecord(c: Claim, ctx: ModelContext): CitationRecord {
  return claimRecord(c, ctx.site.title, ctx.publisher.name, ctx.site.language, ctx.absolute(ctx.paths.claim(c.id)));
}

/** `revisions` are the claim's, shared with the corrections page. */
export function claimPage(c: Claim, ctx: ModelContext, revisions: readonly RevisionView[]): ClaimPage {
  const card = ctx.card(c.id)!;
  const path = ctx.paths.claim(c.id);
  const canonical = ctx.absolute(path);
  const translated = ctx.corpus.translation(c.id, "zh-hans") !== undefined;
  const meta = ctx.meta({
    path,
    title: c.claim,
    description: `${card.verdict.label}: ${c.summary}`,
    citation: claimCitationMeta(c, ctx.publisher.name, ctx.site.language, canonical),
    ...counterpart(ctx, { en: path, "zh-hans": pathsIn["zh-hans"].claim(c.id) }, "en", translated),
  });
  const reviewed = displayDate(c.reviewed);
  const sameAuthor = sameAuthorViews(ctx.corpus, c.evidence);
  const review = claimReview(c, ctx.corpus.verdict(c.verdict)!, ctx.ratingBounds, ctx.publisher.organization, ctx.site.language, canonical);
  const said = firstAppearance(c.appearances);
  const corrected = latestCorrection(revisions);
  return {
    ...card,
    meta,
    topics: c.topics.map((t) => ({ href: ctx.href.topic(t), text: ctx.corpus.topic(t)!.label })),
    bodyHtml: markChinese(renderedMarkdown(c.bodyHtml)),
    evidence: c.evidence.map((entry) => evidenceView(entry, ctx, sameAuthor)),
    related: c.related.flatMap((id) => ctx.card(id) ?? []),
    appearances: c.appearances.map((a) => appearanceView(a, ctx)),
    ...(said === undefined ? {} : { said: appearanceView(said, ctx) }),
    published: displayDate(c.published),
    reviewed,
    ...(corrected === undefined ? {} : { corrected }),
    alsoKnownAs: c.alsoKnownAs,
    alsoKnownAsHtml: joinHtml(c.alsoKnownAs.map(textWithChinese), ", "),
    chineseSearchWords: chineseSearchField([c.claim, c.summary, ...c.alsoKnownAs, c.bodyHtml]),
    claimReview: review,
    jsonLdHtml: jsonForScript(review),
    citations: ctx.formatCitations(claimPageRecord(c, ctx)),
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
      url: canonical,
      reviewed,
      publisher: ctx.publisher.name,
    }),
    reportError: reportErrorUrl(ctx.publisher.repository, canonical),
    suggestClaim: ctx.publisher.suggestClaim,
  };
}

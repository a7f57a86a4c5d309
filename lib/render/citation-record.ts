/**
 * The one bibliographic record (CSL-JSON) of each thing the site lets people
 * cite: a claim page, and the original work a source page describes. Every
 * citation format is written from it.
 */
import type { Claim, Source } from "../content/corpus.ts";
import type { Author } from "../content/schema.ts";
import { PUBLISHER_NOTES } from "./publisher-origin.ts";

/** Said of an inferred author as PUBLISHER_NOTES says it of an inferred publisher. */
const AUTHOR_INFERRED = "not named in the text; inferred.";

export interface CslDate {
  readonly "date-parts": readonly (readonly number[])[];
}

/** A person split into given and family names is formatted by each style ("Udemans, C."); any other name is printed as written. */
export type CslName = { readonly given: string; readonly family: string } | { readonly literal: string };

export interface CitationRecord {
  readonly id: string;
  readonly "citation-key": string;
  /** A web page, a news article, a journal article or a report (a working paper): what a reference manager files it as. */
  readonly type: "webpage" | "article-newspaper" | "article-journal" | "report";
  readonly genre?: string;
  readonly title: string;
  /** Where the work appeared (a site, a newspaper, a journal); a report has a `publisher` instead. */
  readonly "container-title"?: string;
  /** The body that issues a report (a repository for a working paper). */
  readonly publisher?: string;
  readonly author?: readonly CslName[];
  readonly translator?: readonly CslName[];
  readonly issued?: CslDate;
  readonly "original-date"?: CslDate;
  readonly accessed?: CslDate;
  /** The original's own address only: a copy's address is never given as the publisher's. */
  readonly URL?: string;
  readonly language?: string;
  /**
   * What a reader must know, in plain words, closing every reference: how the publisher is known, the copy
   * read. Whole sentences, each ending with a full stop (after a URL too, as MLA and Chicago end an entry).
   */
  readonly note?: string;
}

/** `YYYY[-MM[-DD]]` → CSL date parts. */
function cslDate(value: string): CslDate {
  return { "date-parts": [value.split("-").map(Number)] };
}

/**
 * A claim page, by its publisher, dated as last reviewed: a fact check is
 * updated in place, so a reference gives the date of the version cited (as
 * APA and MLA do for updated pages), and so do the page's own
 * `citation_publication_date` (citation-meta.ts) and every file.
 */
export function claimRecord(claim: Claim, siteTitle: string, publisher: string, language: string, url: string): CitationRecord {
  return {
    id: claim.id,
    "citation-key": claim.id,
    type: "webpage",
    genre: "Fact check",
    // A title carries no sentence's full stop: APA would print "made real. [Fact check]."
    title: claim.claim.replace(/\.$/, ""),
    "container-title": siteTitle,
    author: [{ literal: publisher }],
    issued: cslDate(claim.reviewed),
    accessed: cslDate(claim.reviewed),
    URL: url,
    language,
  };
}

/**
 * What each kind of source is cited as. A document, law or statement the site
 * quotes is read as posted on a web page (the publisher's site, a translator's),
 * so it is cited as that page: CSL's document and legislation types make APA
 * write "In <site>" and Chicago a "§" with no section.
 */
const SOURCE_TYPES: Record<Source["kind"], CitationRecord["type"]> = {
  news: "article-newspaper",
  "government-document": "webpage",
  "court-document": "webpage",
  "law-translation": "webpage",
  academic: "article-journal",
  "working-paper": "report",
  analysis: "webpage",
  reference: "webpage",
  "company-statement": "webpage",
};

function cslName(author: Author): CslName {
  if ("given" in author) return { given: author.given, family: author.family };
  return { literal: "name" in author ? author.name : author.organization };
}

/**
 * The source's credits as CSL name variables: translators as `translator`,
 * everyone else (an interviewee too, as CSL cites interviews) as `author`,
 * then the authors the editors infer, which the closing note marks as inferred.
 */
function cslNames(source: Pick<Source, "authors" | "inferredAuthors">): Pick<CitationRecord, "author" | "translator"> {
  const { authors, inferredAuthors = [] } = source;
  const author = [...authors.filter((a) => a.role !== "translator"), ...inferredAuthors.map((i) => i.author)].map(cslName);
  const translator = authors.filter((a) => a.role === "translator").map(cslName);
  return { ...(author.length > 0 ? { author } : {}), ...(translator.length > 0 ? { translator } : {}) };
}

/**
 * A reproduced document is cited at the date the page read was posted, with
 * the date the document bears as its original date; without a posting date,
 * at the document's date.
 */
function sourceDates(source: Source): Pick<CitationRecord, "issued" | "original-date"> {
  const { published, documentDate } = source;
  if (published === undefined) return documentDate === undefined ? {} : { issued: cslDate(documentDate) };
  return { issued: cslDate(published), ...(documentDate === undefined ? {} : { "original-date": cslDate(documentDate) }) };
}

/**
 * The closing note: that an author is inferred, how the publisher is known
 * when the text does not show it, and the copy the text was read from, once (the original's address, when
 * known, is the reference's own URL). "Read from", not APA 6's "Retrieved
 * from", which APA 7 keeps for references with a retrieval date.
 * @example sourceNote({ publisherFrom: "attribution", readAt: "https://x.org/a" }) // "Publisher not named in the text; commonly attributed. Read from a copy at https://x.org/a."
 */
function sourceNote(source: Pick<Source, "inferredAuthors" | "publisherFrom" | "readAt">): string | undefined {
  const inferred = source.inferredAuthors?.length ?? 0;
  const parts = [
    ...(inferred === 0 ? [] : [`${inferred === 1 ? "Author" : "Authors"} ${AUTHOR_INFERRED}`]),
    ...(source.publisherFrom === undefined ? [] : [PUBLISHER_NOTES[source.publisherFrom]]),
    ...(source.readAt === undefined ? [] : [`Read from a copy at ${source.readAt}.`]),
  ];
  return parts.length === 0 ? undefined : parts.join(" ");
}

/**
 * The original work a source page describes: its title, credits, publisher,
 * the date the site shows for it and the original's address when known; the
 * copy read, when there is one, in the closing note. No access date: when it
 * was read is not recorded.
 */
export function sourceRecord(source: Source): CitationRecord {
  const note = sourceNote(source);
  const type = SOURCE_TYPES[source.kind];
  return {
    id: source.id,
    "citation-key": source.id,
    type,
    // A working paper is issued by its repository: "[Working paper]. SSRN.", not a journal called SSRN.
    ...(type === "report" ? { genre: "Working paper" } : {}),
    title: source.title,
    ...(type === "report" ? { publisher: source.publisher } : { "container-title": source.publisher }),
    ...cslNames(source),
    ...sourceDates(source),
    ...(source.url === undefined ? {} : { URL: source.url }),
    language: source.language,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The one bibliographic record (CSL-JSON) of each thing the site lets people
 * cite: a claim page, and the original work a source page describes. Every
 * citation format is written from it.
 */
import type { Claim, Source } from "../content/corpus.ts";
import type { Author } from "../content/schema.ts";

export interface CslDate {
  readonly "date-parts": readonly (readonly number[])[];
}

/** A person split into given and family names is formatted by each style ("Udemans, C."); any other name is printed as written. */
export type CslName = { readonly given: string; readonly family: string } | { readonly literal: string };

export interface CitationRecord {
  readonly id: string;
  readonly "citation-key": string;
  readonly type: "webpage" | "article-newspaper" | "article" | "document" | "legal_case" | "legislation";
  readonly genre?: string;
  readonly title: string;
  readonly "container-title"?: string;
  readonly author?: readonly CslName[];
  readonly translator?: readonly CslName[];
  readonly issued?: CslDate;
  readonly "original-date"?: CslDate;
  readonly accessed?: CslDate;
  readonly URL?: string;
  readonly language?: string;
}

/** `YYYY[-MM[-DD]]` → CSL date parts. */
function cslDate(value: string): CslDate {
  return { "date-parts": [value.split("-").map(Number)] };
}

/**
 * A claim page, by its publisher, dated as last reviewed: the version a reader
 * cites, and the date its content was last accessed for review.
 */
export function claimRecord(claim: Claim, siteTitle: string, publisher: string, language: string, url: string): CitationRecord {
  return {
    id: claim.id,
    "citation-key": claim.id,
    type: "webpage",
    genre: "Fact check",
    title: claim.claim,
    "container-title": siteTitle,
    author: [{ literal: publisher }],
    issued: cslDate(claim.reviewed),
    accessed: cslDate(claim.reviewed),
    URL: url,
    language,
  };
}

const SOURCE_TYPES: Record<Source["kind"], CitationRecord["type"]> = {
  news: "article-newspaper",
  "government-document": "document",
  "court-document": "legal_case",
  "law-translation": "legislation",
  academic: "article",
  analysis: "webpage",
  reference: "webpage",
  "company-statement": "document",
};

function cslName(author: Author): CslName {
  if ("given" in author) return { given: author.given, family: author.family };
  return { literal: "name" in author ? author.name : author.organization };
}

/**
 * The source's credits as CSL name variables: translators as `translator`,
 * everyone else (an interviewee too, as CSL cites interviews) as `author`.
 * Only bylines the source shows: inferred authors are never cited.
 */
function cslNames(authors: readonly Author[]): Pick<CitationRecord, "author" | "translator"> {
  const author = authors.filter((a) => a.role !== "translator").map(cslName);
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
 * The original work a source page describes: its title, credits, publisher,
 * the date the site shows for it and its address (the copy read when the
 * original's address is not known). No access date: when it was read is not recorded.
 */
export function sourceRecord(source: Source): CitationRecord {
  const url = source.url ?? source.readAt;
  return {
    id: source.id,
    "citation-key": source.id,
    type: SOURCE_TYPES[source.kind],
    title: source.title,
    "container-title": source.publisher,
    ...cslNames(source.authors),
    ...sourceDates(source),
    ...(url === undefined ? {} : { URL: url }),
    language: source.language,
  };
}

/**
 * "Cite this": one CSL-JSON record per claim (and per source), formatted by
 * citation-js into APA 7, MLA 9, Chicago notes-bibliography, BibTeX and RIS.
 * The record carries the claim's permanent URL and its last-reviewed date.
 */
import { Cite, plugins, type CslRecord } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { Claim, Corpus, Source } from "../content/corpus.ts";
import type { Author } from "../content/schema.ts";
import type { Site } from "../content/site.ts";
import { loadCslStyles } from "./csl-styles.ts";
import { memoisedByJson } from "./memo.ts";
import { absoluteUrl, urls } from "./urls.ts";

/**
 * CSL style ids in the CSL repository. APA also ships with citation-js, but as
 * XML, which citeproc-js parses slowly in Node (seconds); the JSON form from
 * the same package as the others starts in milliseconds.
 */
const STYLES = { "apa-7": "apa", "mla-9": "modern-language-association", "chicago-nb": "chicago-note-bibliography" } as const;

let registered = false;
function registerStyles(): void {
  if (registered) return;
  const styles = loadCslStyles(Object.values(STYLES));
  const config = plugins.config.get("@csl");
  for (const [name, id] of Object.entries(STYLES)) config.styles.add(name, styles.get(id));
  // Claim ids contain hyphens, which BibTeX keys allow but citation-js's label check rejects
  // (it would then invent a key such as "Social2026China" that collides across claims).
  plugins.config.get("@bibtex").format.checkLabel = false;
  registered = true;
}

export interface ClaimCitations {
  readonly apa: string;
  readonly mla: string;
  readonly chicago: string;
  readonly bibtex: string;
  readonly ris: string;
  /** The CSL-JSON record, pretty-printed. */
  readonly cslJson: string;
}

/** `YYYY[-MM[-DD]]` → CSL date parts. */
function cslDate(value: string): { "date-parts": number[][] } {
  return { "date-parts": [value.split("-").map(Number)] };
}

/** The one bibliographic record of a claim page. */
export function claimRecord(claim: Claim, site: Site, url: string): CslRecord {
  return {
    id: claim.id,
    "citation-key": claim.id,
    type: "webpage",
    genre: "Fact check",
    title: claim.claim,
    "container-title": site.title,
    author: [{ literal: site.publisher.name }],
    // The last-reviewed date: the version a reader cites.
    issued: cslDate(claim.reviewed),
    URL: url,
  };
}

const SOURCE_TYPES: Record<Source["kind"], string> = {
  news: "article-newspaper",
  "government-document": "document",
  "court-document": "legal_case",
  "law-translation": "legislation",
  academic: "article",
  analysis: "webpage",
  reference: "webpage",
  "company-statement": "document",
};

type CslName = { readonly given: string; readonly family: string } | { readonly literal: string };

/** A person split into given and family names is formatted by each style ("Udemans, C."); any other name is printed as written. */
function cslName(author: Author): CslName {
  if ("given" in author) return { given: author.given, family: author.family };
  return { literal: "name" in author ? author.name : author.organization };
}

/**
 * The source's credits as CSL name variables: translators as `translator`,
 * everyone else (an interviewee too, as CSL cites interviews) as `author`.
 * Only bylines the source shows: inferred authors are never cited.
 */
function cslNames(authors: readonly Author[]): { author?: CslName[]; translator?: CslName[] } {
  const author = authors.filter((a) => a.role !== "translator").map(cslName);
  const translator = authors.filter((a) => a.role === "translator").map(cslName);
  return { ...(author.length > 0 ? { author } : {}), ...(translator.length > 0 ? { translator } : {}) };
}

/**
 * A reproduced document is cited at the date the page read was posted, with
 * the date the document bears as its original date; without a posting date,
 * at the document's date.
 */
function sourceDates(source: Source): { issued?: ReturnType<typeof cslDate>; "original-date"?: ReturnType<typeof cslDate> } {
  const { published, documentDate } = source;
  if (published === undefined) return documentDate === undefined ? {} : { issued: cslDate(documentDate) };
  return { issued: cslDate(published), ...(documentDate === undefined ? {} : { "original-date": cslDate(documentDate) }) };
}

/** A source as a bibliographic record. */
export function sourceRecord(source: Source): CslRecord {
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
    ...(source.language === undefined ? {} : { language: source.language }),
  };
}

/**
 * citation-js wraps RIS values after every 70 characters (a limit of the old
 * RIS spec), which splits titles and URLs for most importers; this joins the
 * continuation lines back onto their tag line and drops the empty ones.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split("\n")) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join("\n");
}

function bibliography(cite: InstanceType<typeof Cite>, template: string): string {
  return cite.format("bibliography", { format: "text", template, lang: "en-US" }).trim();
}

/**
 * Every citation format of one record. Costly (citeproc, ~15 ms), so remembered:
 * rebuilds reuse unchanged records. One record at a time on purpose: in one
 * bibliography of many claims citeproc disambiguates ("2026a") and replaces a
 * repeated author with "———", and it is no faster per record.
 */
export const formatCitations = memoisedByJson((record: CslRecord): ClaimCitations => {
  registerStyles();
  const cite = new Cite(record);
  return {
    apa: bibliography(cite, "apa-7"),
    mla: bibliography(cite, "mla-9"),
    chicago: bibliography(cite, "chicago-nb"),
    bibtex: cite.format("bibtex").trim(),
    ris: unwrapRis(cite.format("ris").trim()),
    cslJson: JSON.stringify([record]),
  };
});

const apaReference = memoisedByJson((record: CslRecord): string => {
  registerStyles();
  return bibliography(new Cite(record), "apa-7");
});

/** The APA reference of a source, for excerpt citations. */
export function sourceReference(source: Source): string {
  return apaReference(sourceRecord(source));
}

/**
 * Where page models get their citation text. Formatting costs citeproc
 * milliseconds per record, so a build formats every record ahead, in parallel
 * and from its cache (lib/site), and the models look the text up; tests and
 * the dev server format on demand.
 */
export interface CitationTexts {
  /** Every format of a claim's record. */
  claim(record: CslRecord): ClaimCitations;
  /** The APA reference of a source's record. */
  source(record: CslRecord): string;
}

export const citationsOnDemand: CitationTexts = { claim: formatCitations, source: apaReference };

/** The claim's permanent URL, as its page's canonical link gives it. */
function claimUrl(claim: Claim, site: Site): string {
  return absoluteUrl(site.url, site.pathPrefix, urls.claim(claim.id));
}

/** Every record the page models cite: what a build formats ahead. */
export function citationRecords(corpus: Corpus, site: Site): { claims: CslRecord[]; sources: CslRecord[] } {
  return {
    claims: corpus.claims.map((c) => claimRecord(c, site, claimUrl(c, site))),
    sources: corpus.sources.map(sourceRecord),
  };
}

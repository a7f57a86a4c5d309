/**
 * The `citation_*` and Dublin Core tags of the pages people cite, so that
 * saving a page in a reference manager saves what a journalist would cite.
 * A claim page describes itself: the claim as its title, dated as last
 * reviewed (as its citations and files are), first online when published, at
 * its permanent URL. A source
 * page describes the original work it quotes: its title, the people its
 * byline shows, its publisher, the date the site shows for it and the
 * address it was read at. Never a date or title of another work.
 *
 * What Zotero's "Embedded Metadata" translator (with RDF.js) makes of them:
 * `og:type` website makes a Web Page item; its Website Title is `DC.source`
 * when present, else `og:site_name` (this site's name), so a source page
 * gives its publisher as `DC.source`; its URL is `citation_public_url`, else
 * `og:url` or the canonical link (this site's page); a `citation_author`
 * with a comma is split there, one without at its last space.
 */
import type { Claim, Source } from "../content/corpus.ts";
import type { Author } from "../content/schema.ts";
import { LICENCE } from "./licence.ts";

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

/** The licence of the site's own writing, as the claim pages state their rights. */
const SITE_RIGHTS = `${LICENCE.name} (${LICENCE.url}), except quotations`;

/** @example highwireDate("2018-10-23") // "2018/10/23" */
const highwireDate = (value: string) => value.replaceAll("-", "/");

/**
 * Persons only, as reference managers split them: "Udemans, Christopher". A
 * name kept whole ends with a comma ("Zhong Mia,"): Zotero splits at the
 * comma, strips the one left trailing and keeps the whole as the family
 * name, where without one it would split at the last space and guess.
 * Translators did not write the work.
 */
function personNames(authors: readonly Author[]): string[] {
  return authors.flatMap((a) => {
    if ("organization" in a || a.role === "translator") return [];
    return ["given" in a ? `${a.family}, ${a.given}` : `${a.name},`];
  });
}

export function claimCitationMeta(claim: Claim, publisher: string, language: string, canonical: string): CitationMeta {
  return {
    title: claim.claim,
    authors: [],
    publisher,
    // Dated as every citation of the page is (citation-record.ts): the version last reviewed. First online when published.
    publicationDate: highwireDate(claim.reviewed),
    onlineDate: highwireDate(claim.published),
    publicUrl: canonical,
    language,
    rights: SITE_RIGHTS,
  };
}

export function sourceCitationMeta(source: Source): CitationMeta {
  const date = source.published ?? source.documentDate;
  return {
    title: source.title,
    authors: personNames(source.authors),
    publisher: source.publisher,
    container: source.publisher,
    ...(date === undefined ? {} : { publicationDate: highwireDate(date) }),
    // Where a reference manager's item was retrieved: the original, else the copy read (its citations say "a copy at …").
    publicUrl: (source.url ?? source.readAt)!,
    language: source.language,
    rights: `The work of its author and publisher (${source.publisher}), quoted on this site in short excerpts that its licence does not cover.`,
  };
}

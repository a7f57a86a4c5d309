/** How a source is named under each quote of it, built once per source by the model context. */
import type { Source } from "../content/corpus.ts";
import { bylineText } from "./byline.ts";
import { DATE_ORIGINS, displayDate, type DisplayDate } from "./dates.ts";
import { PUBLISHER_ORIGINS } from "./publisher-origin.ts";
import type { Urls } from "./urls.ts";

/** How a source is named under a quote: enough to find and trust it. */
export interface SourceCitation {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  /** How the publisher is known when the text read does not show it, shown after its name. */
  readonly publisherFrom?: string;
  readonly authors: string;
  readonly published?: DisplayDate;
  /** How `published` is known when the page does not show it: "date inferred from the web address". */
  readonly publishedFrom?: string;
  /** The date a reproduced document bears (apart from when the page read was posted). */
  readonly documentDate?: DisplayDate;
  /** The original publication, when known. */
  readonly original?: string;
  /** The copy actually read, when it is not the original. */
  readonly readAt?: string;
  readonly snapshot?: string;
}

export function sourceCitation(s: Source, href: Urls): SourceCitation {
  return {
    id: s.id,
    url: href.source(s.id),
    title: s.title,
    publisher: s.publisher,
    ...(s.publisherFrom === undefined ? {} : { publisherFrom: PUBLISHER_ORIGINS[s.publisherFrom] }),
    authors: bylineText(s.authors),
    ...(s.published === undefined ? {} : { published: displayDate(s.published) }),
    ...(s.publishedFrom === undefined ? {} : { publishedFrom: DATE_ORIGINS[s.publishedFrom] }),
    ...(s.documentDate === undefined ? {} : { documentDate: displayDate(s.documentDate) }),
    ...(s.url === undefined ? {} : { original: s.url }),
    ...(s.readAt === undefined ? {} : { readAt: s.readAt }),
    ...(s.snapshot === undefined ? {} : { snapshot: s.snapshot }),
  };
}

/**
 * "Cite this": every format of one citation record (citation-record.ts). The
 * reference styles (APA 7, MLA 9, Chicago notes-bibliography) are formatted
 * by citeproc through citation-js, so each names people as its style does
 * ("Udemans, C." in APA, "Udemans, Christopher." in MLA and Chicago); BibTeX
 * and RIS are written by bibtex.ts and ris.ts; CSL-JSON is the record itself.
 */
import { Cite, plugins, type CslRecord } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { bibtex } from "./bibtex.ts";
import type { CitationRecord } from "./citation-record.ts";
import { loadCslStyles } from "./csl-styles.ts";
import { memoisedByJson } from "./memo.ts";
import { ris } from "./ris.ts";

/**
 * CSL style ids in the CSL repository. APA also ships with citation-js, but as
 * XML, which citeproc-js parses slowly in Node (seconds); the JSON form from
 * the same package as the others starts in milliseconds.
 */
const STYLES = {
  apa: { template: "apa-7", csl: "apa" },
  mla: { template: "mla-9", csl: "modern-language-association" },
  chicago: { template: "chicago-nb", csl: "chicago-note-bibliography" },
} as const;
type Style = keyof typeof STYLES;

let registered = false;
function registerStyles(): void {
  if (registered) return;
  const styles = loadCslStyles(Object.values(STYLES).map((s) => s.csl));
  const config = plugins.config.get("@csl");
  for (const { template, csl } of Object.values(STYLES)) config.styles.add(template, styles.get(csl));
  registered = true;
}

/** The reference in each style, as text. */
export type References = Readonly<Record<Style, string>>;

export interface Citations extends References {
  readonly bibtex: string;
  readonly ris: string;
  /** The CSL-JSON record, as a one-record array. */
  readonly cslJson: string;
}

/**
 * What each style is given. An organisation that publishes its own page
 * (this site's claims, a body's own statement) is named once: APA drops the
 * site name that repeats the author, MLA starts with the title and names the
 * organisation as publisher only; Chicago keeps both (the owner stands as author).
 */
function styleRecord(style: Style, record: CitationRecord): CitationRecord {
  const [only, ...others] = record.author ?? [];
  const selfPublished = only !== undefined && others.length === 0 && "literal" in only && only.literal === record["container-title"];
  if (!selfPublished) return record;
  const { author: _, "container-title": __, ...rest } = record;
  if (style === "apa") return { ...rest, author: record.author! };
  if (style === "mla") return { ...rest, "container-title": record["container-title"]! };
  return record;
}

function reference(style: Style, record: CitationRecord): string {
  // citation-js is untyped JavaScript: the record is plain CSL-JSON.
  const cite = new Cite(styleRecord(style, record) as unknown as CslRecord);
  return cite.format("bibliography", { format: "text", template: STYLES[style].template, lang: "en-US" }).trim();
}

/**
 * Every format of one record. Costly (citeproc, ~15 ms), so remembered:
 * rebuilds reuse unchanged records. One record at a time on purpose: in one
 * bibliography of many claims citeproc disambiguates ("2026a") and replaces a
 * repeated author with "———", and it is no faster per record.
 */
export const formatCitations = memoisedByJson((record: CitationRecord): Citations => {
  registerStyles();
  return {
    apa: reference("apa", record),
    mla: reference("mla", record),
    chicago: reference("chicago", record),
    bibtex: bibtex(record),
    ris: ris(record),
    cslJson: JSON.stringify([record]),
  };
});

/** What an excerpt citation adds to the source's reference. */
export interface ExcerptPlace {
  /** Where the passage is in the source, as written ("paragraph 2"). */
  readonly locator?: string;
  /** How a date the page does not show is known ("from the address"). */
  readonly dateFrom?: string;
  /** The copy the text was read from, when not the original. */
  readonly readAt?: string;
}

/**
 * An excerpt cited on its own, in each style: the source's reference, where
 * the passage is, and what a reader must know to trust the date and the text.
 * Without a locator, the whole work with what a reader must know (its source page's references).
 * @example excerptCitations({ apa: "Udemans, C. (2018). T. TechNode. https://x.org/a", … }, { locator: "paragraph 2" }).apa
 * // "Udemans, C. (2018). T. TechNode. https://x.org/a (paragraph 2)."
 */
export function excerptCitations(references: References, place: ExcerptPlace): References {
  const locator = place.locator === undefined ? "" : ` (${place.locator})`;
  const dated = place.dateFrom === undefined ? "" : ` Date not shown on the page: ${place.dateFrom}.`;
  const readAt = place.readAt === undefined ? "" : ` Read from a copy at ${place.readAt}.`;
  const cite = (text: string) => `${text.replace(/\.$/, "")}${locator}.${dated}${readAt}`;
  return { apa: cite(references.apa), mla: cite(references.mla), chicago: cite(references.chicago) };
}

/**
 * What page models format a record with: `formatCitations` on demand (tests,
 * the dev server), or a build's lookup of the same function's output,
 * formatted ahead in parallel and kept in its cache (lib/site/citations-ahead.ts).
 */
export type CitationFormatter = (record: CitationRecord) => Citations;

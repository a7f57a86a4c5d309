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
type References = Readonly<Record<Style, string>>;

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
  const container = record["container-title"];
  // Chicago puts the site first when no author is shown, but punctuates a web page ("“Title,” date") unlike a
  // news article ("“Title.” Date"); given the site as author, both read "Site. “Title,” date." (A journal is never an author.)
  if (style === "chicago" && record.author === undefined && container !== undefined && record.type !== "article-journal") {
    const { "container-title": _, ...rest } = record;
    return { ...rest, author: [{ literal: container }] };
  }
  const [only, ...others] = record.author ?? [];
  const selfPublished = only !== undefined && others.length === 0 && "literal" in only && only.literal === record["container-title"];
  if (!selfPublished) return record;
  const { author: _, "container-title": __, ...rest } = record;
  if (style === "apa") return { ...rest, author: record.author! };
  if (style === "mla") return { ...rest, "container-title": record["container-title"]! };
  return record;
}

/**
 * One reference as citeproc formats it, then the record's note in plain words.
 * The note is kept from citeproc, which would print it inside the reference
 * in some styles and drop it in others. MLA and Chicago end every entry with a
 * full stop, the note's too. APA puts no full stop after a URL, and a note
 * after the reference's own URL stands in parentheses, as APA's "(Original
 * work published …)" does, so two URLs never run together.
 */
function reference(style: Style, record: CitationRecord): string {
  const { note, ...cited } = record;
  // citation-js is untyped JavaScript: the record is plain CSL-JSON.
  const cite = new Cite(styleRecord(style, cited) as unknown as CslRecord);
  const text = cite.format("bibliography", { format: "text", template: STYLES[style].template, lang: "en-US" }).trim();
  if (note === undefined) return text;
  if (style !== "apa") return `${text} ${note}`;
  if (record.URL !== undefined) return `${text} (${note.replace(/\.$/, "")})`;
  return `${text} ${note.replace(/(https?:\/\/\S+)\.$/, "$1")}`;
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

/**
 * What page models format a record with: `formatCitations` on demand (tests,
 * the dev server), or a build's lookup of the same function's output,
 * formatted ahead in parallel and kept in its cache (lib/site/citations-ahead.ts).
 */
export type CitationFormatter = (record: CitationRecord) => Citations;

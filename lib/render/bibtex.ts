/**
 * BibTeX for one citation record. Written here, not by citation-js, whose
 * BibTeX reference managers misread (a day inside `month`, the URL in two
 * fields): standard fields, `month` as BibTeX's own macro (`oct`), one `url`,
 * `urldate` for the access date, and biblatex's `date`/`origdate` for the
 * full dates. Text is escaped for TeX; titles are braced whole so no style
 * changes their case, and every organisation is braced whole wherever it
 * stands (author, organization), since biblatex reads those fields as name
 * lists split at "and": "The Globe and Mail" would be two.
 */
import type { CitationRecord, CslDate, CslName } from "./citation-record.ts";

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Entry types: a journal article is an `@article` in its `journal`; a news
 * article or a web page is biblatex's `@online` from its `organization` (an
 * `@article` would make a news site a journal, and Zotero a journal article of it).
 */
const ENTRY_TYPES: Record<CitationRecord["type"], "article" | "online" | "report"> = {
  webpage: "online",
  "article-newspaper": "online",
  "article-journal": "article",
  // A working paper: biblatex's report, its kind in `type` and its repository as `institution`.
  report: "report",
};

const TEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // In TeX's default font encoding these two print as ¡ and ¿.
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/** @example escapeTex("Fact & Check 100%") // "Fact \\& Check 100\\%" */
function escapeTex(text: string): string {
  return text.replace(/[\\{}$&%#_~^<>]/g, (c) => TEX_ESCAPES[c]!);
}

/** A URL as a verbatim field holds it: braces and backslashes percent-encoded, the rest as is. */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "Udemans, Christopher"; an organisation or a name as shown is braced whole, so it is never split. */
function names(list: readonly CslName[]): string {
  return list.map((n) => ("literal" in n ? `{${escapeTex(n.literal)}}` : `${escapeTex(n.family)}, ${escapeTex(n.given)}`)).join(" and ");
}

const isoDate = (date: CslDate) => date["date-parts"][0]!.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, "0"))).join("-");

/** A field, when it has a value. */
const field = (name: string, value: string | undefined): [string, string][] => (value === undefined ? [] : [[name, value]]);
const braced = (text: string | undefined) => (text === undefined ? undefined : `{${text}}`);

export function bibtex(record: CitationRecord): string {
  const issued = record.issued?.["date-parts"][0];
  const container = record["container-title"];
  const type = ENTRY_TYPES[record.type];
  // A report states its kind in `type`; anything else's genre ("Fact check") opens the note.
  const genre = type === "report" ? undefined : record.genre;
  const note = [genre, record.note].filter((n) => n !== undefined).join(". ") || undefined;
  const fields = [
    field("author", braced(record.author && names(record.author))),
    field("translator", braced(record.translator && names(record.translator))),
    field("title", `{{${escapeTex(record.title)}}}`),
    field("type", braced(type === "report" ? record.genre && escapeTex(record.genre) : undefined)),
    // `journal` is one literal; `organization` and `institution` are name lists, so their one name is braced whole.
    field(type === "article" ? "journal" : "organization", braced(container && (type === "article" ? escapeTex(container) : `{${escapeTex(container)}}`))),
    field("institution", braced(record.publisher && `{${escapeTex(record.publisher)}}`)),
    field("year", braced(issued && String(issued[0]))),
    field("month", issued?.[1] === undefined ? undefined : MONTH_MACROS[issued[1] - 1]),
    field("date", braced(record.issued && isoDate(record.issued))),
    field("origdate", braced(record["original-date"] && isoDate(record["original-date"]))),
    field("note", braced(note && escapeTex(note))),
    field("url", braced(record.URL && verbatimUrl(record.URL))),
    field("urldate", braced(record.accessed && isoDate(record.accessed))),
  ].flat();
  return [`@${type}{${record["citation-key"]},`, ...fields.map(([k, v]) => `\t${k} = ${v},`), "}"].join("\n");
}

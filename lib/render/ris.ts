/**
 * RIS for one citation record, written here rather than by citation-js,
 * whose RIS drops the authors of news articles and cuts ids and long lines:
 * one tag per line, `DA` for the date (`YYYY/MM/DD/`, empty parts for a
 * partial date), `Y2` for the access date, `UR` for the original's address,
 * `N1` for the closing note (the copy read).
 */
import type { CitationRecord, CslDate, CslName } from "./citation-record.ts";

const TYPES: Record<CitationRecord["type"], string> = {
  webpage: "ELEC",
  "article-newspaper": "NEWS",
  "article-journal": "JOUR",
  report: "RPRT",
};

/**
 * "Family, Given" for a person. An organisation or a name as shown is written
 * whole: Zotero's RIS import splits a name at its first comma and keeps a name
 * without one whole, as a single-field (corporate) name.
 */
const name = (n: CslName) => ("literal" in n ? n.literal : `${n.family}, ${n.given}`);

/** @example risDate({ "date-parts": [[2018, 10]] }) // "2018/10//" */
function risDate(date: CslDate): string {
  const [year, month, day] = date["date-parts"][0]!;
  const two = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  return `${year}/${two(month)}/${two(day)}/`;
}

/** Line breaks would end a tag's value: RIS values are one line. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");

export function ris(record: CitationRecord): string {
  const lines: [string, string | undefined][] = [
    ["TY", TYPES[record.type]],
    ...(record.author ?? []).map((n): [string, string] => ["AU", name(n)]),
    // A4: the subsidiary author, where reference managers put translators.
    ...(record.translator ?? []).map((n): [string, string] => ["A4", name(n)]),
    ["TI", record.title],
    ["T2", record["container-title"]],
    ["PB", record.publisher],
    ["PY", record.issued && String(record.issued["date-parts"][0]![0])],
    ["DA", record.issued && risDate(record.issued)],
    ["Y2", record.accessed && risDate(record.accessed)],
    ["M3", record.genre],
    ["UR", record.URL],
    ["N1", record.note],
    ["LA", record.language],
    ["ID", record["citation-key"]],
  ];
  return [...lines.flatMap(([tag, value]) => (value === undefined ? [] : [`${tag}  - ${oneLine(value)}`])), "ER  - "].join("\n");
}

/**
 * The reader query table (tests/e2e/search-queries.md): what readers type and
 * the claim each query must find, written before the search was tuned.
 */
import { readFile } from "node:fs/promises";

type QueryKind = "question" | "misspelt" | "chinese" | "keyword";

export interface ReaderQuery {
  /** The row's number in the table, for messages. */
  readonly row: number;
  readonly query: string;
  readonly kind: QueryKind;
  readonly claim: string;
  /** "first": the claim must be the top result; "top3": among the first three. */
  readonly expect: "first" | "top3";
  /** Measured: the query also finds its claim on a build whose claims have no `alsoKnownAs`. */
  readonly withoutAlsoKnownAs: boolean;
}

const QUERY_TABLE = "tests/e2e/search-queries.md";

const KINDS = new Set<string>(["question", "misspelt", "chinese", "keyword"]);

function fail(line: number, message: string): never {
  throw new Error(`${QUERY_TABLE}:${line}: ${message}`);
}

/** Parses the table's rows: `| # | query | kind | `claim` | **first** or top3 | why | yes or no |`. */
function parseQueryTable(markdown: string): ReaderQuery[] {
  const rows: ReaderQuery[] = [];
  markdown.split("\n").forEach((text, i) => {
    const cells = /^\|\s*(\d+)\s*\|/.test(text) ? text.split("|").slice(1, -1).map((c) => c.trim()) : undefined;
    if (!cells) return;
    const line = i + 1;
    if (cells.length !== 7) fail(line, `expected 7 cells, found ${cells.length}`);
    const [row, query, kind, claim, expect, , without] = cells as [string, string, string, string, string, string, string];
    if (!KINDS.has(kind)) fail(line, `unknown kind "${kind}"`);
    const claimId = /^`([a-z0-9-]+)`$/.exec(claim)?.[1] ?? fail(line, `the claim id must be in backticks, found "${claim}"`);
    const expectation = expect.replaceAll("*", "");
    if (expectation !== "first" && expectation !== "top3") fail(line, `expect must be first or top3, found "${expect}"`);
    if (without !== "yes" && without !== "no") fail(line, `"without alsoKnownAs" must be yes or no, found "${without}"`);
    rows.push({
      row: Number(row),
      query,
      kind: kind as QueryKind,
      claim: claimId,
      expect: expectation,
      withoutAlsoKnownAs: without === "yes",
    });
  });
  return rows;
}

export async function readQueryTable(): Promise<ReaderQuery[]> {
  return parseQueryTable(await readFile(QUERY_TABLE, "utf8"));
}

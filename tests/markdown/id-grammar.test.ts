/**
 * One grammar for ids and refs: every producer and parser agrees. An id the
 * schema accepts is a file name the loader accepts and half of a ref the
 * citation parser reads, and a ref the schema rejects is one the parser
 * reports as malformed.
 */
import { describe, expect, test } from "vitest";
import { loadSourceFile } from "../../lib/content/load-source.ts";
import { claimSchema, excerptSchema } from "../../lib/content/schema.ts";
import { slugify } from "../../lib/content/slug.ts";
import { REF, refOf, refParts, refsInText, SLUG } from "../../lib/markdown/id-grammar.ts";
import { parseMarkdown } from "../../lib/markdown/markdown.ts";

/** Slugs and near misses: [candidate, is it an id?] */
const IDS: [string, boolean][] = [
  ["a", true],
  ["technode-2018", true],
  ["a1-2b-c3", true],
  ["-a", false],
  ["a-", false],
  ["a--b", false],
  ["A", false],
  ["a_b", false],
  ["café", false],
  ["a b", false],
  ["a.b", false],
  ["", false],
];

const schema = claimSchema(["false"], ["scores"]);
const claimCiting = (ref: string) => ({
  claim: "c",
  verdict: "false",
  summary: "s",
  topics: ["scores"],
  evidence: [{ ref }],
  appearances: [{ title: "t", ref }],
  published: "2026-01-02",
  reviewed: "2026-01-02",
});
const issuesAt = (value: unknown, prefix: string) =>
  (schema.safeParse(value).error?.issues ?? []).filter((i) => i.path.join(".").startsWith(prefix));

describe("an id", () => {
  test.each(IDS)("%j: valid is %s for the slug pattern, the excerpt schema and file names", (id, valid) => {
    expect(SLUG.test(id)).toBe(valid);
    expect(excerptSchema.shape.id.safeParse(id).success).toBe(valid);
    const named = loadSourceFile({ file: `sources/${id}.md`, bytes: new Uint8Array() }, "2026-01-01");
    expect(named.diagnostics.some((d) => d.code === "file-name")).toBe(!valid);
  });
});

describe("a ref", () => {
  const pairs = IDS.flatMap(([source, sourceValid]) =>
    IDS.filter((_, i) => i % 3 === 0 || !sourceValid).map(([excerpt, excerptValid]) => [source, excerpt, sourceValid && excerptValid] as const),
  );
  test.each(pairs)("%j # %j: valid is %s for the schema, the citation parser and the text search", (source, excerpt, valid) => {
    const ref = refOf(source, excerpt);
    expect(REF.test(ref)).toBe(valid);
    const claim = claimCiting(ref);
    expect(issuesAt(claim, "evidence")).toHaveLength(valid ? 0 : 1);
    expect(issuesAt(claim, "appearances")).toHaveLength(valid ? 0 : 1);
    const parsed = parseMarkdown(`Text [@${ref}; @${ref}].`);
    expect(parsed.citations.map((c) => c.ref)).toEqual(valid ? [ref, ref] : []);
    expect(parsed.malformed).toHaveLength(valid ? 0 : 1);
    if (valid) {
      expect(refsInText(`see ${ref}, then`)).toEqual([ref]);
      expect(refParts(ref)).toEqual({ sourceId: source, excerptId: excerpt });
    }
  });
});

test("slugify makes ids: whatever the text, the result is a slug or empty", () => {
  for (const text of ["Three Digit Score", "China's “social credit”", "--a--b--", "Ünïcödé ___ 2018", "社会信用", "x".repeat(90)]) {
    const slug = slugify(text, 60);
    if (slug !== "") expect(slug).toMatch(SLUG);
  }
});

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { VALID_CLAIM, VALID_SOURCE, validContentDir, type Files } from "../helpers/content-dir.ts";

const TODAY = "2026-11-26";

async function load(files: Files, archive?: string) {
  const root = await validContentDir(files);
  return loadCorpus({ root, today: TODAY, ...(archive ? { archive } : {}) });
}

const CLAIM = "claims/everyone-has-a-score.md";
const SOURCE = "sources/a-source.md";
const claimWith = (from: string, to: string) => ({ [CLAIM]: VALID_CLAIM.replace(from, to) });
const sourceWith = (from: string, to: string) => ({ [SOURCE]: VALID_SOURCE.replace(from, to) });

describe("a valid corpus", () => {
  test("loads with no diagnostics and resolves the graph both ways", async () => {
    const result = await load({});
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    const { corpus } = result;
    expect(corpus.claims.map((c) => c.id)).toEqual(["everyone-has-a-score"]);
    expect(corpus.claim("everyone-has-a-score")!.verdict).toBe("mixed");
    expect(corpus.citingClaims("a-source#first-passage").map((c) => c.id)).toEqual(["everyone-has-a-score"]);
    expect(corpus.claimsCitingSource("a-source")).toHaveLength(1);
    expect(corpus.claimsInTopic("scores")).toHaveLength(1);
    expect(corpus.claimsWithVerdict("mixed")).toHaveLength(1);
    expect(corpus.claimsWithVerdict("true")).toHaveLength(0);
  });

  test("numbers evidence by first use in the text, uncited entries last", async () => {
    const { corpus } = await load(
      claimWith(
        "The text cites [@a-source#first-passage] and then [@a-source#second-passage].",
        "Only [@a-source#second-passage], twice [@a-source#second-passage].",
      ),
    );
    const evidence = corpus.claim("everyone-has-a-score")!.evidence;
    expect(evidence.map((e) => [e.ref, e.number, e.uses])).toEqual([
      ["a-source#second-passage", 1, 2],
      ["a-source#first-passage", 2, 0],
    ]);
  });

  test("accepts a BOM and CRLF line endings", async () => {
    const crlf = `\uFEFF${VALID_CLAIM.replace(/\n/g, "\r\n")}`;
    const result = await load({ [CLAIM]: crlf });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("the site settings", () => {
  test("are part of the corpus, with the deployment's overrides applied", async () => {
    const root = await validContentDir();
    const { corpus, ok } = await loadCorpus({ root, today: TODAY, siteOverrides: { url: "http://localhost:8080/" } });
    expect(ok).toBe(true);
    expect(corpus.site.url).toBe("http://localhost:8080");
    expect(corpus.site.title).toBe("Social Credit Fact Check");
  });

  test("that are invalid fail the load, and the corpus refuses to hand them out", async () => {
    const result = await load({ "data/site.yaml": "title: \"\"\n" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.file === "data/site.yaml").map((d) => d.code)).toContain("empty-value");
    expect(() => result.corpus.site).toThrow(/data\/site.yaml are invalid/);
  });

  const TOMBSTONE = '---\nclaim: "An old claim."\npublished: "2026-01-02"\nwithdrawn:\n  date: "2026-02-01"\n  reason: "A duplicate."\n---\n';
  const featuring = (ids: string) => ({ "data/site.yaml": `${readFileSync("data/site.yaml", "utf8")}featured: [${ids}]\n`, "claims/old-claim.md": TOMBSTONE });
  const featuredLine = readFileSync("data/site.yaml", "utf8").split("\n").length;

  test("`featured` may name live claims", async () => {
    const result = await load(featuring("everyone-has-a-score"));
    expect(result.diagnostics).toEqual([]);
    expect(result.corpus.site.featured).toEqual(["everyone-has-a-score"]);
  });

  test("`featured` naming a missing, withdrawn or repeated claim is reported at its line and column", async () => {
    const result = await load(featuring("everyone-has-a-scor, old-claim, everyone-has-a-score, everyone-has-a-score"));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.message])).toEqual([
      ["data/site.yaml", featuredLine, 12, "unknown-claim", '`featured` names no claim "everyone-has-a-scor" in claims/ (did you mean `everyone-has-a-score`?)'],
      ["data/site.yaml", featuredLine, 33, "unknown-claim", '`featured` names "old-claim", which was withdrawn'],
      ["data/site.yaml", featuredLine, 66, "duplicate-id", '`featured` lists "everyone-has-a-score" twice'],
    ]);
  });
});

describe("bad input is reported at its file and line", () => {
  const cases: { name: string; files: Files; code: string; file: string; line: number; message: RegExp }[] = [
    { name: "unknown verdict", files: claimWith("verdict: mixed", "verdict: mixd"), code: "unknown-verdict", file: CLAIM, line: 3, message: /unknown verdict "mixd".*did you mean `mixed`/ },
    { name: "unknown excerpt in evidence", files: claimWith("- ref: a-source#second-passage", "- ref: a-source#second-pasage"), code: "unknown-excerpt", file: CLAIM, line: 8, message: /has no excerpt "second-pasage".*did you mean `second-passage`/ },
    { name: "unknown source in evidence", files: claimWith("- ref: a-source#first-passage", "- ref: a-sauce#first-passage"), code: "unknown-source", file: CLAIM, line: 7, message: /no source "a-sauce".*did you mean `a-source`/ },
    { name: "inline citation not in evidence", files: claimWith("and then [@a-source#second-passage]", "and then [@a-source#second-passage; @a-source#third]"), code: "unknown-excerpt", file: CLAIM, line: 12, message: /has no excerpt "third"/ },
    { name: "unknown field", files: claimWith("summary:", "sumary:"), code: "unknown-field", file: CLAIM, line: 4, message: /unknown field `sumary` \(did you mean `summary`\?\)/ },
    { name: "missing field", files: claimWith('summary: "Nobody has a score."\n', ""), code: "missing-field", file: CLAIM, line: 2, message: /`summary` is required/ },
    { name: "YAML syntax error", files: claimWith('claim: "Everyone has a score."', 'claim: "Everyone has a score.'), code: "yaml-syntax", file: CLAIM, line: 2, message: /./ },
    { name: "no front matter", files: { [CLAIM]: "Just text." }, code: "front-matter-missing", file: CLAIM, line: 1, message: /must start with a line `---`/ },
    { name: "future date", files: claimWith('reviewed: "2026-01-02"', 'reviewed: "2027-01-02"'), code: "future-date", file: CLAIM, line: 10, message: /after today/ },
    { name: "related claim missing", files: claimWith("topics: [scores]", "topics: [scores]\nrelated: [no-such-claim]"), code: "unknown-claim", file: CLAIM, line: 6, message: /no claim "no-such-claim"/ },
    { name: "a claim related to itself", files: claimWith("topics: [scores]", "topics: [scores]\nrelated: [everyone-has-a-score]"), code: "self-reference", file: CLAIM, line: 6, message: /lists itself/ },
    { name: "duplicate excerpt ids", files: sourceWith("id: second-passage", "id: first-passage"), code: "duplicate-id", file: SOURCE, line: 12, message: /two excerpts have the id "first-passage"/ },
    { name: "source without url or readAt", files: sourceWith("url: https://example.com/article\n", ""), code: "source-location", file: SOURCE, line: 2, message: /needs `url`/ },
    { name: "file name that is not a slug", files: { "claims/Bad Name.md": VALID_CLAIM }, code: "file-name", file: "claims/Bad Name.md", line: 1, message: /not a valid file name/ },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      const result = await load(c.files);
      expect(result.ok).toBe(false);
      const found = result.diagnostics.find((d) => d.code === c.code);
      expect(found, JSON.stringify(result.diagnostics, null, 1)).toBeDefined();
      expect(found).toMatchObject({ file: c.file, line: c.line });
      expect(found!.message).toMatch(c.message);
    });
  }
});

test("raw HTML in a body is a warning: it is shown as text, not rendered", async () => {
  const result = await load(claimWith("The text cites", "The <b>text</b> cites"));
  expect(result.ok).toBe(true);
  expect(result.diagnostics).toMatchObject([
    { code: "raw-html", severity: "warning", file: CLAIM, line: 12, message: expect.stringMatching(/raw HTML `<b>`/) },
  ]);
});

test("an excerpt no claim cites is a warning, not an error", async () => {
  const result = await load(sourceWith("excerpts:", "excerpts:\n  - id: spare\n    text: \"Not cited anywhere.\""));
  expect(result.ok).toBe(true);
  expect(result.diagnostics).toMatchObject([{ code: "uncited-excerpt", severity: "warning", line: 11 }]);
});

describe("every problem at once, each reported once", () => {
  test("a claim whose front matter fails the schema still has its references checked", async () => {
    const result = await load({
      [CLAIM]: VALID_CLAIM.replace("summary:", "sumary:").replace("- ref: a-source#second-passage", "- ref: a-source#second-pasage"),
    });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["missing-field", 2],
      ["unknown-field", 4],
      ["unknown-excerpt", 8],
    ]);
  });

  test("a claim citing a source that failed its own checks adds no error of its own and stays out of the corpus", async () => {
    const result = await load(sourceWith("kind: news", "kind: blog"));
    expect(result.diagnostics.map((d) => [d.file, d.code])).toEqual([[SOURCE, "invalid-value"]]);
    expect(result.corpus.claims).toEqual([]);
  });

  test("an evidence entry that cannot be read hides no other problem and invents none", async () => {
    const result = await load({
      [CLAIM]: VALID_CLAIM.replace("- ref: a-source#first-passage", "- ref: a-source first-passage").replace(
        "- ref: a-source#second-passage",
        "- ref: a-sauce#second-passage",
      ),
    });
    // The citations are not reported as missing from `evidence`: their entries are the mistyped ones.
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["invalid-ref", 7],
      ["unknown-source", 8],
    ]);
  });
});

describe("two files mapping to one URL", () => {
  const cafe = "claims/caf\u00e9-claim.md";
  const cases = [
    { name: "names differing only by letter case", files: [CLAIM, "claims/Everyone-Has-A-Score.md"], reported: "claims/Everyone-Has-A-Score.md" },
    { name: "names differing only by Unicode form", files: [cafe, cafe.normalize("NFD")], reported: cafe },
  ];
  test.each(cases)("$name", async ({ files, reported }) => {
    const result = await load(Object.fromEntries(files.map((f) => [f, VALID_CLAIM])));
    expect(result.diagnostics.filter((d) => d.code === "duplicate-url")).toMatchObject([
      { file: reported, line: 1, message: expect.stringMatching(/differs from .* only in letter case or Unicode form/) },
    ]);
  });
});

test("a file that cannot be read is reported on that file, and the rest is still checked", async () => {
  const result = await load({ "claims/draft.md/notes.txt": "a folder named like a claim" });
  expect(result.diagnostics).toMatchObject([
    { file: "claims/draft.md", line: 1, code: "file-unreadable", message: "the file cannot be read: it is a folder" },
  ]);
  expect(result.files).toBe(3);
  expect(result.corpus.claims).toHaveLength(1);
});

describe("evidence rules from the methodology", () => {
  test("a false verdict resting on one source is an error", async () => {
    const result = await load(claimWith("verdict: mixed", "verdict: false"));
    expect(result.diagnostics).toMatchObject([
      { code: "few-independent-sources", severity: "error", file: CLAIM, message: expect.stringContaining("needs 2 independent sources; the evidence has 1") },
    ]);
  });

  test("a claim with one excerpt is flagged", async () => {
    const result = await load({
      [CLAIM]: VALID_CLAIM.replace("  - ref: a-source#second-passage\n", "").replace(" and then [@a-source#second-passage]", ""),
      [SOURCE]: VALID_SOURCE.replace(/ {2}- id: second-passage\n.*\n/, ""),
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["too-few-excerpts"]);
  });
});

describe("quote verification against an archive of saved texts", () => {
  const archived = `---
title: saved copy
---
The first passage, quoted word for word. Some other words in between here.
The second passage, also quoted exactly.
`;
  const withArchive = (text: string) => ({
    [SOURCE]: VALID_SOURCE.replace("kind: news", "kind: news\nquoteArchive: saved-copy").replace(
      '"The second passage, also quoted exactly."',
      JSON.stringify(text),
    ),
    "archive/saved-copy.md": archived,
  });
  const cases: [string, string, RegExp | null][] = [
    ["verbatim passes", "The second passage, also quoted exactly.", null],
    ["an omission between verbatim parts passes", "The first passage, quoted word for word. […] The second passage, also quoted", null],
    ["one changed word fails", "The second passage, also quoted precisely.", /excerpt "second-passage": ".*" is not in the saved text of saved-copy; closest passage: "The second passage, also quoted exactly\."/],
    ["two passages stitched without […] fail", "quoted word for word. The second passage, also quoted exactly.", /excerpt "second-passage": .* is not in the saved text/],
    ["kept parts in the wrong order fail", "The second passage, also quoted exactly. […] The first passage, quoted word for word.", /excerpt "second-passage": the part .* but not after the part before it/],
  ];
  for (const [name, text, message] of cases) {
    test(name, async () => {
      const root = await validContentDir(withArchive(text));
      const result = await loadCorpus({ root, today: TODAY, archive: `${root}/archive` });
      const problems = result.diagnostics.filter((d) => d.code === "quote-mismatch");
      if (message === null) expect(problems).toEqual([]);
      else expect(problems).toMatchObject([{ file: SOURCE, line: 14, message: expect.stringMatching(message) }]);
    });
  }
});

describe("hostile front matter is reported, never crashes the loader", () => {
  const cases: [string, string, string][] = [
    ["nesting deep enough to exhaust the stack", VALID_CLAIM.replace("[scores]", `${"[".repeat(100_000)}${"]".repeat(100_000)}`), "yaml-syntax"],
    ["a `__proto__` key", `${VALID_CLAIM.replace("claim:", "__proto__: {verdict: mixed}\nclaim:")}`, "unknown-field"],
    ["repeated keys", VALID_CLAIM.replace("claim:", 'claim: "a"\nclaim:'), "yaml-syntax"],
    ["a missing verdict", VALID_CLAIM.replace("verdict: mixed\n", ""), "missing-field"],
  ];
  test.each(cases)("%s", async (_name, text, code) => {
    const result = await load({ [CLAIM]: text });
    expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
  });
});

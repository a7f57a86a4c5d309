/**
 * Every failure kind the checker knows, one fixture file each
 * (tests/fixtures/checker), checked all at once: each file reports exactly
 * its expected diagnostics (code, line, column, message) and nothing else.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Diagnostic } from "../../lib/content/diagnostic.ts";
import { loadCorpus, type LoadResult } from "../../lib/content/load.ts";
import { checkerFixtureRoot, FIXTURE_TODAY, FIXTURES, HUGE_FILE, VERDICT_LIST } from "../helpers/checker-fixtures.ts";

type Expected = readonly [line: number, column: number, code: Diagnostic["code"], message: string];

/** What each fixture file must report; valid files report nothing. */
const expectations: Record<string, readonly Expected[]> = {
  "claims/valid-claim.md": [],
  "claims/valid-claim.zh-hans.md": [],
  "claims/too-few-excerpts.zh-hans.md": [
    [4, 17, "translation-stale", 'claims/too-few-excerpts.md changed after this translation (translatedFrom "000000000000"; the English is now "fbcd36dd7ee6")'],
  ],
  "claims/orphan-translation.zh-hans.md": [[1, 1, "translation-orphan", "no live English claim claims/orphan-translation.md for this translation"]],
  "claims/self-reference.zh-hans.md": [
    [2, 1, "translation-hash-missing", "`translatedFrom` is required: it records which English text this translates"],
    [4, 1, "unknown-field", "unknown field `translator` (did you mean `translatedFrom`?)"],
    [6, 16, "translation-citation-not-in-evidence", "the citation [@valid-source#second-passage] is not in the evidence of claims/self-reference.md"],
    [6, 50, "raw-html", "raw HTML `<b>` is not rendered; readers would see it as text"],
  ],
  "sources/valid-source.md": [],
  "claims/Bad_File_Name.md": [[1, 1, "file-name", '"Bad_File_Name.md" is not a valid file name for an id']],
  "claims/alias-bomb.md": [[1, 1, "yaml-alias-bomb", "the front matter expands more than 50 aliases"]],
  "claims/alias-collision.md": [[6, 11, "alias-collision", 'the alias "valid-claim" is the id of claims/valid-claim.md']],
  "claims/bom-accepted.md": [[3, 10, "unknown-verdict", 'unknown verdict "wrong" in `verdict`']],
  "claims/citation-not-in-evidence.md": [[11, 50, "citation-not-in-evidence", "the citation [@valid-source#second-passage] is not listed in `evidence`"]],
  "claims/cites-broken-source.md": [[11, 40, "unknown-excerpt", 'source "no-url" has no excerpt "other-passage"']],
  "claims/crlf-accepted.md": [
    [2, 1, "missing-field", "`summary` is required"],
    [4, 1, "unknown-field", "unknown field `sumary` (did you mean `summary`?)"],
  ],
  "claims/deep-nesting.md": [[5, 73, "yaml-syntax", "lists or groups are nested more than 64 deep"]],
  "claims/duplicate-evidence.md": [[8, 10, "duplicate-evidence", '"valid-source#first-passage" is listed twice in `evidence`']],
  "claims/empty-file.md": [[1, 1, "file-empty", "the file is empty"]],
  "claims/empty-value.md": [[4, 10, "empty-value", "`summary` is empty"]],
  "claims/front-matter-list.md": [[2, 1, "not-a-map", "the front matter must be a set of `field: value` lines"]],
  "claims/few-independent-sources.md": [[1, 1, "few-independent-sources", 'a "false" verdict needs 2 independent sources; the evidence has 1']],
  "claims/shared-author.md": [
    [
      1,
      1,
      "few-independent-sources",
      `a "false" verdict needs 2 independent sources; the evidence has 1 (signed-essay and unsigned-interview are both Jeremy Daum's work (inferred))`,
    ],
  ],
  "sources/signed-essay.md": [],
  "sources/unsigned-interview.md": [],
  "claims/too-few-excerpts.md": [[1, 1, "too-few-excerpts", "the claim cites 1 excerpt; at least 2 are expected"]],
  "claims/future-date.md": [[10, 11, "future-date", "`reviewed` 2999-01-01 is after today (2026-11-26)"]],
  [HUGE_FILE]: [[1, 1, "file-too-large", "the file is 257 KiB; the limit is 256 KiB"]],
  "claims/invalid-date.md": [[8, 12, "invalid-date", '`published` "2026-02-30" is not a real date']],
  "claims/invalid-ref.md": [[7, 10, "invalid-ref", '`evidence[0].ref` "valid-source first-passage" is not of the form `source-id#excerpt-id`']],
  "claims/malformed-citation.md": [[12, 50, "citation-malformed", "`[@valid-source#first-passage, p. 3]` is not a citation"]],
  "claims/many-problems.md": [
    [3, 10, "unknown-verdict", 'unknown verdict "wrong" in `verdict`'],
    [6, 11, "unknown-claim", 'no claim "no-such-claim" in claims/'],
    [8, 10, "unknown-excerpt", 'source "valid-source" has no excerpt "no-such-passage"'],
  ],
  "claims/missing-field.md": [[2, 1, "missing-field", "`summary` is required"]],
  "claims/missing-verdict.md": [[2, 1, "missing-field", "`verdict` is required"]],
  "claims/no-front-matter.md": [[1, 1, "front-matter-missing", "the file must start with a line `---`"]],
  "claims/not-utf-8.md": [[4, 34, "file-encoding", "the file is not valid UTF-8 text (first bad byte here)"]],
  "claims/raw-html.md": [[12, 5, "raw-html", "raw HTML `<b>` is not rendered; readers would see it as text"]],
  "claims/self-reference.md": [[6, 11, "self-reference", "the claim lists itself in `related`"]],
  "claims/template-syntax.md": [[12, 49, "template-syntax", "`{{` is shown as written; contributor text never runs as a template"]],
  "claims/unclosed-front-matter.md": [[1, 1, "front-matter-missing", "the front matter opened on line 1 is never closed by a line `---`"]],
  "claims/undated-present-tense.md": [
    [
      12,
      12,
      "undated-present-tense",
      `"now" states the present, but the sentence names no year and cites only evidence from 2018 or earlier, more than 3 years before the claim's review (2026-01-02)`,
    ],
  ],
  "claims/unknown-excerpt.md": [[7, 10, "unknown-excerpt", 'source "valid-source" has no excerpt "first-pasage" (did you mean `first-passage`?)']],
  "claims/unknown-field.md": [
    [2, 1, "missing-field", "`summary` is required"],
    [4, 1, "unknown-field", "unknown field `sumary` (did you mean `summary`?)"],
  ],
  "claims/unknown-inline-citation.md": [[13, 10, "unknown-excerpt", 'source "valid-source" has no excerpt "third-passage" (did you mean `first-passage`?)']],
  "claims/unknown-related-claim.md": [[6, 11, "unknown-claim", 'no claim "valid-clam" in claims/ (did you mean `valid-claim`?)']],
  "claims/unknown-source.md": [[7, 10, "unknown-source", 'no source "valid-sauce" in sources/ (did you mean `valid-source`?)']],
  "claims/unknown-topic.md": [[5, 10, "unknown-topic", 'unknown topic "scoring" in `topics[0]` (did you mean `scores`?)']],
  "claims/unknown-verdict.md": [[3, 10, "unknown-verdict", 'unknown verdict "flase" in `verdict` (did you mean `false`?)']],
  "claims/verdict-placeholder.md": [[3, 10, "verdict-placeholder", "the verdict is still the placeholder `TODO`"]],
  "claims/wrong-type.md": [[5, 9, "wrong-type", '`topics` must be a list, not the text "scores"']],
  "claims/yaml-syntax.md": [[2, 30, "yaml-syntax", 'Missing closing "quote']],
  "sources/author-as-text.md": [[4, 11, "author-as-text", '`authors[0]` is plain text "Christopher Udemans"; authors are written as structured names']],
  "sources/author-misspelt.md": [
    [4, 11, "missing-field", "`authors[0].family` is required"],
    [4, 32, "unknown-field", "unknown field `authors[0].familly` (did you mean `family`?)"],
  ],
  "sources/duplicate-excerpt-id.md": [
    [1, 1, "uncited-source", 'no claim cites the source "duplicate-excerpt-id"'],
    [12, 9, "duplicate-id", 'two excerpts have the id "first-passage"'],
  ],
  "sources/excerpt-too-long.md": [[11, 11, "excerpt-too-long", "`excerpts[0].text` is 431 characters; the limit is 400"]],
  "sources/invalid-excerpt-id.md": [[10, 9, "invalid-id", '`excerpts[0].id` "First_Passage" is not a valid id (lower-case words joined by single hyphens)']],
  "sources/invalid-url.md": [[6, 6, "invalid-url", '`url` "www.example.com/article" is not a full http(s) address']],
  "sources/no-url.md": [[2, 1, "source-location", "`url`: a source needs `url` (the original) or `readAt` (the copy read), or both"]],
  "sources/source-alias-collision.md": [
    [1, 1, "uncited-source", 'no claim cites the source "source-alias-collision"'],
    [9, 11, "alias-collision", 'the alias "valid-source" is the id of sources/valid-source.md'],
  ],
  "sources/uncited-excerpt.md": [[13, 11, "uncited-excerpt", 'no claim cites the excerpt "spare-passage"']],
  "sources/uncited-source.md": [[1, 1, "uncited-source", 'no claim cites the source "uncited-source"']],
  "sources/unknown-kind.md": [[8, 7, "invalid-value", 'unknown value "blog" in `kind`']],
};

/** Hints that name allowed values are part of what a contributor reads: assert those too. */
const expectedHints: Record<string, string> = {
  "claims/verdict-placeholder.md": `replace it with one of: ${VERDICT_LIST} (see /methodology/ for what each means)`,
  "claims/unknown-verdict.md": `allowed: ${VERDICT_LIST}`,
  "claims/cites-broken-source.md": "its excerpts are: a-passage",
  "claims/too-few-excerpts.zh-hans.md":
    'update the translation to the English (`git log -p claims/too-few-excerpts.md` shows the change), then set `translatedFrom: "fbcd36dd7ee6"`',
  "claims/self-reference.zh-hans.md": 'if the translation follows the current claims/self-reference.md, add `translatedFrom: "fbcd36dd7ee6"`',
  "claims/undated-present-tense.md": "say when: add 'as of 2018' to the sentence, cite a source from the last 3 years, or put it in the past tense",
  "sources/author-as-text.md":
    'write `{given: Christopher, family: Udemans}` if the byline splits safely into given and family names, else `{name: "Christopher Udemans"}` for a person as shown (never guess how a Chinese name splits), or `{organization: "Christopher Udemans"}` for a body',
};

let root: string;
let result: LoadResult;
beforeAll(async () => {
  root = await checkerFixtureRoot();
  result = await loadCorpus({ root, today: FIXTURE_TODAY });
});

const reported = (file: string) =>
  result.diagnostics.filter((d) => d.file === file).map((d) => [d.line, d.column, d.code, d.message]);

describe("each fixture reports exactly its diagnostics", () => {
  for (const [file, expected] of Object.entries(expectations)) {
    test(`${file}: ${expected.map((e) => e[2]).join(", ") || "nothing"}`, () => {
      expect(reported(file)).toEqual(expected);
      const hint = expectedHints[file];
      if (hint !== undefined) expect(result.diagnostics.find((d) => d.file === file)?.hint).toBe(hint);
    });
  }
});

test("the expectations cover every fixture file and at least 30 failure kinds", async () => {
  const committed = (
    await Promise.all(
      ["claims", "sources"].map(async (dir) => (await readdir(path.join(FIXTURES, dir))).map((name) => `${dir}/${name}`)),
    )
  ).flat();
  expect([...committed, HUGE_FILE].sort()).toEqual(Object.keys(expectations).sort());
  const bad = Object.values(expectations).filter((list) => list.length > 0);
  expect(bad.length).toBeGreaterThanOrEqual(30);
  expect(new Set(bad.flatMap((list) => list.map((e) => e[2]))).size).toBeGreaterThanOrEqual(30);
});

test("checking all fixtures at once reports every expected diagnostic and nothing more", () => {
  const all = Object.entries(expectations).flatMap(([file, list]) => list.map((e) => [file, ...e]));
  const got = result.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.message]);
  expect(got).toEqual(expect.arrayContaining(all));
  expect(got).toHaveLength(all.length);
  expect(result.ok).toBe(false);
});

test("the corpus of a broken content folder still only holds claims whose every excerpt resolves", () => {
  expect(result.corpus.claims.map((c) => c.id)).toContain("valid-claim");
  for (const claim of result.corpus.claims) {
    for (const entry of claim.evidence) expect(result.corpus.excerpt(entry.ref), entry.ref).toBeDefined();
  }
});

/**
 * Front matter is read by js-yaml when it can be and by the `yaml` package
 * (with positions) when it must: both ways give the same data, so which way a
 * file took never changes what it means.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { parseYaml } from "../../lib/content/front-matter.ts";

const SCALARS = [
  "a: 0b101", "a: -0x1", "a: 0o17", "a: 017", "a: 0x1F", "a: 1_000", "a: 1e3", "a: .5", "a: +1", "a: .inf", "a: -.inf", "a: .NaN",
  "a: 1:20", "a: Yes", "a: on", "a: ~", "a:", "a: Null", "a: TRUE", "a: tRue", "a: 2018-05-01", "a: 2018-05-01T10:00:00Z",
  "published: 2018", "a: '1'", 'a: "\\u00e9"', "a: |\n  x\n  y\n", "a: >-\n  x\n\n  y\n", "a: [1, 2, ]", "? a\n: b", "a: b#c",
  "a: 'it''s'", 'a: "multi\n  line"', "a: plain\n  continued", "1: x", "<<: {b: 1}", "", "# only", "- a\n- b", "a: 0x",
];

/** The front matter of every real claim and source: what the project actually writes. */
function realFrontMatter(): string[] {
  return ["claims", "sources"].flatMap((dir) =>
    readdirSync(dir).map((name) => readFileSync(`${dir}/${name}`, "utf8").replace(/\r\n?/g, "\n").split(/^---$/m)[1] ?? ""),
  );
}

test.each(SCALARS)("%j reads as the yaml package reads it", (text) => {
  const read = parseYaml("f.md", text, 1);
  expect("frontMatter" in read && read.frontMatter.data).toEqual(parse(text));
});

test("every real claim and source reads as the yaml package reads it", () => {
  for (const text of realFrontMatter()) {
    const read = parseYaml("f.md", text, 1);
    expect("frontMatter" in read && read.frontMatter.data).toEqual(parse(text, { uniqueKeys: true }));
  }
});

test("a position is worked out from the text when asked, on the file's line", () => {
  const read = parseYaml("f.md", "claim: x\nverdict: false-ish\ntopics: [a, b]\n", 1);
  expect("frontMatter" in read && read.frontMatter.positionOf(["topics", 1])).toEqual({ line: 4, column: 13 });
});

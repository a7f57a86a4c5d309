/** The data-file loaders on their own: the verdict scale and topics, and the registry, from text. */
import { describe, expect, test } from "vitest";
import { loadListFile } from "../../lib/content/load-list.ts";
import { loadRegistryFile } from "../../lib/content/registry.ts";
import { topicSchema } from "../../lib/content/list-schemas.ts";

const FILE = "data/topics.yaml";
const ZH = "  zh-hans: {label: 分类, description: 关于分类。}\n";
const TOPICS = `- id: scores\n  label: Scores\n  description: About scores.\n${ZH}- id: courts\n  label: Courts\n  description: About courts.\n${ZH}`;
const where = (text: string | undefined) => loadListFile(FILE, text, topicSchema).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe("loadListFile", () => {
  test("a valid list", () => {
    const { value, diagnostics } = loadListFile(FILE, TOPICS, topicSchema);
    expect(diagnostics).toEqual([]);
    expect(value.map((t) => t.id)).toEqual(["scores", "courts"]);
  });

  test.each([
    ["a repeated id, at the second", TOPICS.replace("id: courts", "id: scores"), ["5:7 duplicate-id"]],
    ["a misspelt field", TOPICS.replace("  label: Courts", "  lable: Courts"), ["5:3 missing-field", "6:3 unknown-field"]],
    ["an id that is not a slug", TOPICS.replace("id: courts", "id: Courts"), ["5:7 invalid-id"]],
    ["a topic without its Chinese", TOPICS.slice(0, -ZH.length), ["5:3 missing-field"]],
    ["a file that is not a list", "scores: Scores\n", ["1:1 wrong-type"]],
    ["a missing file", undefined, ["1:1 missing-field"]],
  ])("%s is reported at its line", (_name, text, expected) => {
    expect(where(text)).toEqual(expected);
  });
});

describe("loadRegistryFile", () => {
  test("no file is an empty registry", () => {
    expect(loadRegistryFile(undefined)).toMatchObject({ value: { entries: new Map() }, diagnostics: [] });
  });

  test("entries, with the line of each id", () => {
    const { value } = loadRegistryFile('{\n  "claims": {\n    "a-claim": {"verdict": "false", "published": "2026-01-02"}\n  }\n}\n');
    expect([...value.entries.keys()]).toEqual(["a-claim"]);
    expect(value.positionOf("a-claim")).toEqual({ line: 3, column: 5 });
  });

  test("broken JSON is one diagnostic and an empty registry", () => {
    const { value, diagnostics } = loadRegistryFile("{");
    expect(diagnostics.map((d) => d.code)).toEqual(["registry-invalid"]);
    expect(value.entries.size).toBe(0);
  });
});

/**
 * Files generated from code are committed; these tests fail when a committed
 * copy is stale (run `npm run generate`), and check what the schemas say.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { CODE_LIST_END, CODE_LIST_START, renderCodeList } from "../../lib/content/code-list.ts";
import { diagnosticCodes } from "../../lib/content/diagnostic-codes.ts";
import { CONTRIBUTING, generatedFiles } from "../../lib/content/generated-files.ts";
import { SCHEMA_FILES } from "../../lib/content/json-schemas.ts";

const files = await generatedFiles(".");

test.each(Object.keys(files))("%s is up to date (run `npm run generate`)", async (file) => {
  expect(await readFile(file, "utf8")).toBe(files[file]);
});

test("CONTRIBUTING.md lists every diagnostic code between its markers", () => {
  const guide = files[CONTRIBUTING]!;
  const list = guide.slice(guide.indexOf(CODE_LIST_START), guide.indexOf(CODE_LIST_END));
  expect(list).toContain(renderCodeList());
  for (const code of Object.keys(diagnosticCodes)) expect(list).toContain(`#### \`${code}\``);
});

test("the claim schema lists the verdicts and topics of data/", async () => {
  const schema = JSON.parse(files[SCHEMA_FILES.claim]!) as {
    properties: { verdict: { enum: string[] }; topics: { items: { enum: string[] } } };
    additionalProperties: boolean;
  };
  const ids = async (file: string) => (parse(await readFile(file, "utf8")) as { id: string }[]).map((item) => item.id);
  expect(schema.properties.verdict.enum).toEqual(await ids("data/verdicts.yaml"));
  expect(schema.properties.topics.items.enum).toEqual(await ids("data/topics.yaml"));
  expect(schema.additionalProperties).toBe(false);
});

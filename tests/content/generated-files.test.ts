/**
 * Files generated from code are committed; these tests fail when a committed
 * copy is stale (run `npm run generate`), and check that the schemas accept
 * the real content and reject what the checker rejects.
 */
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { CODE_LIST_END, CODE_LIST_START, renderCodeList } from "../../lib/content/code-list.ts";
import { diagnosticCodes } from "../../lib/content/diagnostic-codes.ts";
import { readContentFile } from "../../lib/content/content-file.ts";
import { CONTRIBUTING, generatedFiles } from "../../lib/content/generated-files.ts";
import { claimScaffold } from "../../lib/content/scaffold.ts";
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

test("the claim schema lists the verdicts and topics of data/, and allows tombstones", async () => {
  interface ObjectSchema {
    properties: Record<string, { enum?: string[]; items?: { enum: string[] } }>;
    additionalProperties: boolean;
  }
  const schema = JSON.parse(files[SCHEMA_FILES.claim]!) as { anyOf: [ObjectSchema, ObjectSchema] };
  const [claim, tombstone] = schema.anyOf;
  const ids = async (file: string) => (parse(await readFile(file, "utf8")) as { id: string }[]).map((item) => item.id);
  expect(claim.properties.verdict!.enum).toEqual(await ids("data/verdicts.yaml"));
  expect(claim.properties.topics!.items!.enum).toEqual(await ids("data/topics.yaml"));
  expect(Object.keys(tombstone.properties)).toContain("withdrawn");
  expect([claim.additionalProperties, tombstone.additionalProperties]).toEqual([false, false]);
});

describe("an editor using the JSON Schemas", async () => {
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  // Formats (uri) are the checker's business; the schema still types the field.
  const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
  const validators = {
    claims: ajv.compile(JSON.parse(files[SCHEMA_FILES.claim]!) as object),
    sources: ajv.compile(JSON.parse(files[SCHEMA_FILES.source]!) as object),
    translations: ajv.compile(JSON.parse(files[SCHEMA_FILES.translation]!) as object),
  };
  const frontMatter = async (file: string) => {
    const read = readContentFile(file, await readFile(file));
    if (!read.ok) throw new Error(`${file} does not read`);
    return read.value.frontMatter.data;
  };

  for (const dir of ["claims", "sources"] as const) {
    const names = (await readdir(dir)).filter((n) => n.endsWith(".md"));
    test(`accepts every file in ${dir}/ (${names.length})`, async () => {
      for (const name of names) {
        const validator = validators[name.endsWith(".zh-hans.md") ? "translations" : dir];
        const valid = validator(await frontMatter(`${dir}/${name}`));
        expect(valid, `${dir}/${name}: ${JSON.stringify(validator.errors)}`).toBe(true);
      }
    });
  }

  test("accepts a tombstone and flags a misspelt field and an unknown verdict, as the checker does", () => {
    expect(validators.claims({ claim: "x", published: "2026-01-02", withdrawn: { date: "2026-02-03", reason: "r" } })).toBe(true);
    expect(validators.claims({ claim: "x", verdikt: "false" })).toBe(false);
    expect(validators.claims.errors?.map((e) => e.keyword)).toEqual(expect.arrayContaining(["additionalProperties", "required"]));
    const scaffold = parse(claimScaffold({ claim: "x", today: "2026-01-02", verdictIds: ["false"], topicIds: ["scores"] }).split("---")[1]!);
    expect(validators.claims(scaffold)).toBe(false);
    expect(validators.claims.errors?.find((e) => e.instancePath === "/verdict")?.keyword).toBe("enum");
  });
});

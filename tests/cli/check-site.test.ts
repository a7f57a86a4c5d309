/**
 * `npm run check` validates data/site.yaml like any content file: a broken
 * setting is reported with its file, line and column, and fails the check.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { validContentDir } from "../helpers/content-dir.ts";
import { npmRun } from "../helpers/npm-run.ts";

test("a broken site.yaml is reported at its line, and the check fails", async () => {
  const root = await validContentDir();
  const file = path.join(root, "data/site.yaml");
  const settings = await readFile(file, "utf8");
  await writeFile(file, settings.replace(/^url: .*$/m, "url: social-credit-fact-check.example.org").replace("tagline:", "tagLine:"));
  const lines = settings.split("\n");
  const line = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;

  const result = await npmRun("check", "--root", root);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    `data/site.yaml:${line("tagline:")}:1 error unknown-field: unknown field \`tagLine\` (did you mean \`tagline\`?)`,
  );
  expect(result.stdout).toContain(
    `data/site.yaml:${line("url:")}:6 error invalid-url: \`url\` "social-credit-fact-check.example.org" is not a full http(s) address`,
  );
  expect(result.stderr).toBe("");
});

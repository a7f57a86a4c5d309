/**
 * A claim from `npm run new` to its published page: flagged by the checker
 * until filled in, never overwritten, and once filled in it passes the
 * checker and the build publishes it.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { loadCorpus, todayUtc } from "../../lib/content/load.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { validContentDir } from "../helpers/content-dir.ts";
import { npmRun } from "../helpers/npm-run.ts";
import { cacheCopy } from "../helpers/shared-cache.ts";

const npmRunNew = (root: string, ...args: string[]) => npmRun("new", "--root", root, ...args);

test("a new claim is flagged until filled in; filled in, it passes the checker and is published", async () => {
  const root = await validContentDir();
  const created = await npmRunNew(root, "claim", "Everyone has a three-digit score");
  expect(created.status, created.stderr).toBe(0);
  expect(created.stdout).toContain("Created claims/everyone-has-a-three-digit-score.md");
  const file = path.join(root, "claims/everyone-has-a-three-digit-score.md");
  const scaffold = await readFile(file, "utf8");
  expect(scaffold).toContain(`published: "${todayUtc()}"`);

  const unfilled = await loadCorpus({ root });
  expect(unfilled.diagnostics.filter((d) => d.file === "claims/everyone-has-a-three-digit-score.md").map((d) => d.code)).toEqual([
    "verdict-placeholder",
    "empty-value",
    "empty-value",
    "empty-value",
  ]);

  const again = await npmRunNew(root, "claim", "Everyone has a three-digit score");
  expect(again.status).toBe(1);
  expect(again.stderr.trim()).toBe(
    "error: claims/everyone-has-a-three-digit-score.md already exists; edit it, or choose another wording",
  );
  expect(await readFile(file, "utf8")).toBe(scaffold);

  const filled = scaffold
    .replace("verdict: TODO", "verdict: mixed")
    .replace('summary: ""', 'summary: "No national three-digit score exists."')
    .replace("topics: []", "topics: [scores]")
    .replace("evidence: []", "evidence:\n  - ref: a-source#first-passage\n  - ref: a-source#second-passage")
    .concat("The source says otherwise [@a-source#first-passage; @a-source#second-passage].\n");
  await writeFile(file, filled);
  const check = await npmRun("check", "--root", root);
  expect(check.stdout).toContain("✔ checked 3 files: 0 errors, 0 warnings");
  expect(check.status).toBe(0);

  const site = path.join(root, "_site");
  const outcome = await buildSite({ root, output: site, cache: await cacheCopy(path.join(root, "_cache")), log: () => {} });
  expect(outcome.ok).toBe(true);
  const page = await readFile(path.join(site, "claims/everyone-has-a-three-digit-score/index.html"), "utf8");
  expect(page).toContain("Everyone has a three-digit score");
  expect(page).toContain("No national three-digit score exists.");
});

/**
 * `npm run new`: the files it writes are flagged by the checker until filled
 * in, it never overwrites, and a claim started with it and filled in passes
 * the checker and is published by the build.
 */
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadCorpus, todayUtc } from "../../lib/content/load.ts";
import { idFromText, idFromUrl } from "../../lib/content/scaffold.ts";
import { buildSite } from "../../lib/site/build-site.ts";
import { contentDir, validContentDir } from "../helpers/content-dir.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

function npmRunNew(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "lib/cli/new.ts", "--root", root, ...args], { encoding: "utf8" });
}

describe("ids derived from a claim's wording and a source's address", () => {
  const texts: Record<string, string> = {
    "Everyone has a three-digit score": "everyone-has-a-three-digit-score",
    "  China's “social credit” — café owners!  ": "chinas-social-credit-cafe-owners",
    "The system was finished by 2020, as planned in the 2014 outline, and it now covers every single citizen":
      "the-system-was-finished-by-2020-as-planned-in-the-2014",
  };
  test.each(Object.entries(texts))("%s", (text, id) => expect(idFromText(text)).toBe(id));

  const addresses: Record<string, string> = {
    "https://www.technode.com/2018/10/23/china-social-credit/": "technode-china-social-credit",
    "https://chinalawtranslate.com/en/getting-rongcheng-right/": "chinalawtranslate-getting-rongcheng-right",
    "https://example.org/article.html?id=3": "example-article",
    "https://example.org/2019/": "example",
  };
  test.each(Object.entries(addresses))("%s", (url, id) => expect(idFromUrl(new URL(url))).toBe(id));
});

test("a new claim is flagged until filled in; filled in, it passes the checker and is published", async () => {
  const root = await validContentDir();
  dirs.push(root);
  const created = npmRunNew(root, "claim", "Everyone has a three-digit score");
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

  const again = npmRunNew(root, "claim", "Everyone has a three-digit score");
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
  const check = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/check.ts", "--root", root], { encoding: "utf8" });
  expect(check.stdout).toContain("✔ checked 3 files: 0 errors, 0 warnings");
  expect(check.status).toBe(0);

  const site = path.join(root, "_site");
  const outcome = await buildSite({ root, output: site, log: () => {} });
  expect(outcome.ok).toBe(true);
  const page = await readFile(path.join(site, "claims/everyone-has-a-three-digit-score/index.html"), "utf8");
  expect(page).toContain("Everyone has a three-digit score");
  expect(page).toContain("No national three-digit score exists.");
});

test("a new source is flagged until filled in and never overwritten", async () => {
  const root = await contentDir({});
  dirs.push(root);
  const url = "https://www.technode.com/2018/10/23/china-social-credit/";
  expect(npmRunNew(root, "source", url).status).toBe(0);
  const file = path.join(root, "sources/technode-china-social-credit.md");
  expect(await readFile(file, "utf8")).toContain(`url: ${url}`);
  const result = await loadCorpus({ root });
  expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
    ["empty-value", "`title` is empty"],
    ["empty-value", "`publisher` is empty"],
    ["empty-value", "`kind` is empty"],
    ["empty-value", "`excerpts` needs at least 1 entry"],
  ]);
  const again = npmRunNew(root, "source", url);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("sources/technode-china-social-credit.md already exists");
});

test("bad arguments get the usage line, not a stack trace", () => {
  for (const args of [[], ["claim"], ["topic", "x"], ["source", "www.example.com"]]) {
    const result = npmRunNew(".", ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }
});

/**
 * `npm run new`: file names from the claim's wording or the source's address,
 * a new source flagged by the checker until filled in, never an overwrite.
 * (A claim from start to published page: tests/build/new-claim.test.ts.)
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { idFromText, idFromUrl } from "../../lib/content/scaffold.ts";
import { contentDir } from "../helpers/content-dir.ts";
import { npmRun } from "../helpers/npm-run.ts";

const npmRunNew = (root: string, ...args: string[]) => npmRun("new", "--root", root, ...args);

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

test("a new source is flagged until filled in and never overwritten", async () => {
  const root = await contentDir({});
  const url = "https://www.technode.com/2018/10/23/china-social-credit/";
  expect((await npmRunNew(root, "source", url)).status).toBe(0);
  const file = path.join(root, "sources/technode-china-social-credit.md");
  expect(await readFile(file, "utf8")).toContain(`url: ${url}`);
  const result = await loadCorpus({ root });
  expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
    ["empty-value", "`title` is empty"],
    ["empty-value", "`publisher` is empty"],
    ["empty-value", "`kind` is empty"],
    ["empty-value", "`excerpts` needs at least 1 entry"],
  ]);
  const again = await npmRunNew(root, "source", url);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("sources/technode-china-social-credit.md already exists");
});

test("bad arguments get the usage line, not a stack trace", async () => {
  for (const args of [[], ["claim"], ["topic", "x"], ["source", "www.example.com"]]) {
    const result = await npmRunNew(".", ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }
});

import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, expect, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { commonWords, FRAGMENT_SIGNATURE, filterValues, indexCacheTag, knownTerms } from "../../lib/site/outputs/search-aids.ts";

test("known terms are the words of claim texts, other phrasings and topics; Chinese terms whole", () => {
  const corpus = {
    claims: [
      { claim: "Every citizen has a three-digit score.", alsoKnownAs: ["Zhima Credit", "芝麻信用"] },
      { claim: "A score bans travel.", alsoKnownAs: [] },
    ],
    topics: [{ label: "Scores and ratings" }],
  } as unknown as Corpus;
  expect(knownTerms(corpus)).toEqual([
    "and", "bans", "citizen", "credit", "digit", "every", "has", "ratings", "score", "scores", "three", "travel", "zhima", "芝麻信用",
  ]);
});

test("the filters offer each verdict, topic and source kind some page has, verdicts in the scale's order, in each language", () => {
  const corpus = {
    claims: [
      { verdict: "false", topics: ["scores"] },
      { verdict: "true", topics: ["blacklists", "scores"] },
    ],
    verdicts: [
      { id: "true", label: "True", "zh-hans": { label: "属实" } },
      { id: "mostly-true", label: "Mostly true", "zh-hans": { label: "基本属实" } },
      { id: "false", label: "False", "zh-hans": { label: "不实" } },
    ],
    topics: [
      { id: "scores", label: "Scores", "zh-hans": { label: "评分" } },
      { id: "unused", label: "Unused", "zh-hans": { label: "未用" } },
      { id: "blacklists", label: "Blacklists", "zh-hans": { label: "黑名单" } },
    ],
    sources: [{ kind: "news" }, { kind: "court-document" }, { kind: "news" }],
  } as unknown as Corpus;
  expect(filterValues(corpus)).toEqual({
    en: { verdict: ["True", "False"], topic: ["Blacklists", "Scores"], kind: ["Court document", "News"] },
    // Chinese topics in pinyin order (hēi before píng); Chinese source pages are not indexed, so no kinds.
    "zh-hans": { verdict: ["属实", "不实"], topic: ["黑名单", "评分"], kind: [] },
  });
});

test("the cache tag changes with the index's entry and meta files, and only with them", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factcheck-pagefind-"));
  try {
    await writeFile(path.join(dir, "pagefind-entry.json"), '{"languages":{"en":{"hash":"en_1"}}}');
    await writeFile(path.join(dir, "pagefind.en_1.pf_meta"), "meta");
    const before = await indexCacheTag(dir);
    await writeFile(path.join(dir, "pagefind-ui.js"), "not part of the index");
    expect(await indexCacheTag(dir)).toBe(before);
    await writeFile(path.join(dir, "pagefind.en_1.pf_meta"), "meta, rebuilt");
    expect(await indexCacheTag(dir)).not.toBe(before);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const fragment = (content: string) => gzipSync(Buffer.from(`${FRAGMENT_SIGNATURE}${JSON.stringify({ url: "/x/", content, meta: {} })}`));

/** A Pagefind output folder: `fragments` (file name → the page's indexed text), and an entry listing `pages` per language. */
async function pagefindOutput(fragments: Record<string, string>, pages: Record<string, number>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "factcheck-pagefind-"));
  made.push(dir);
  await mkdir(path.join(dir, "fragment"));
  for (const [name, content] of Object.entries(fragments)) await writeFile(path.join(dir, "fragment", name), fragment(content));
  const languages = Object.fromEntries(Object.entries(pages).map(([language, count]) => [language, { page_count: count }]));
  await writeFile(path.join(dir, "pagefind-entry.json"), JSON.stringify({ languages }));
  return dir;
}

test("common words are those on 97% of the English pages Pagefind indexed, counted as a query's words; Chinese words and pages are left out", async () => {
  const fragments: Record<string, string> = {};
  for (let i = 0; i < 100; i++) {
    // "Credit" on every page (once as "credit’s", a query's "credit"), "system" on 97, "score" on 96, 社会信用 on all.
    fragments[`en_${String(i).padStart(3, "0")}.pf_fragment`] = [i === 0 ? "The credit’s" : "The “credit”", i < 97 ? "system" : "", i < 96 ? "score" : "", "社会信用"].join(" ");
    fragments[`zh-hans_${i}.pf_fragment`] = "score 信用";
  }
  const dir = await pagefindOutput(fragments, { en: 100, "zh-hans": 100 });
  expect(await commonWords(dir, "en")).toEqual({ en: { credit: 100, system: 97 } });
});

test("past 500 pages, common words are counted on an even sample of 500 and their page counts scaled to the whole index", async () => {
  // 750 pages, of which the sample takes every 1.5th in name order. "credit" on every page; "system" missing
  // from every 25th (on 96% of the pages and of the sample); "score" missing from every 40th (on 731 pages,
  // 97.5%; on 487 of the 500 sampled, which scales to 731).
  const fragments: Record<string, string> = {};
  for (let i = 0; i < 750; i++) fragments[`en_${String(i).padStart(4, "0")}.pf_fragment`] = ["credit", i % 25 === 0 ? "" : "system", i % 40 === 0 ? "" : "score"].join(" ");
  const dir = await pagefindOutput(fragments, { en: 750 });
  expect(await commonWords(dir, "en")).toEqual({ en: { credit: 750, score: 731 } });
});

test("common words are read from the fragments named for the site's language, fail the build where there are none though the index lists its pages, and are none for an index without its pages", async () => {
  // A site in British English: Pagefind names its fragments by the page language in lower case.
  const dir = await pagefindOutput({ "en-gb_001.pf_fragment": "credit" }, { "en-gb": 1 });
  expect(await commonWords(dir, "en-GB")).toEqual({ en: { credit: 1 } });
  await rename(path.join(dir, "fragment", "en-gb_001.pf_fragment"), path.join(dir, "fragment", "en_001.pf_fragment"));
  await expect(commonWords(dir, "en-GB")).rejects.toThrow('Pagefind indexed 1 page in "en-gb" but wrote no fragment named en-gb_…');
  // An index of no pages in the site's language has no common words (Pagefind writes no fragment folder for no pages).
  await rm(path.join(dir, "fragment"), { recursive: true });
  await writeFile(path.join(dir, "pagefind-entry.json"), JSON.stringify({ languages: {} }));
  expect(await commonWords(dir, "en-GB")).toEqual({ en: {} });
});

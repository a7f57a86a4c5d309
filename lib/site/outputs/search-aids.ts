/**
 * What the search page needs besides Pagefind's own bundle:
 * - `search/aids.json`: the cache tag of this build's index (so a browser or
 *   service worker never mixes a stale index with new pages) and the values
 *   of each search filter, so the filters show without loading Pagefind's
 *   filter index (tens of kilobytes at 10,000 claims) until one is used;
 * - `search/terms.json`: the known terms that "Did you mean" suggestions are
 *   drawn from, a file of its own because most searches never need it (tens
 *   of kilobytes at 10,000 claims);
 * - `assets/closest.js`: lib/content/closest.ts compiled for the browser, so
 *   the page suggests with the very edit distance the checker uses;
 * - `assets/search-words.js`: lib/render/search-words.ts compiled for the
 *   browser, so a query's Chinese is split into words as the pages' was.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import type { Corpus } from "../../content/corpus.ts";
import { PAGE_WORDS } from "../../render/page-words.ts";
import type { Language } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";

const SEARCH_AIDS_FILE = "search/aids.json";
const SEARCH_TERMS_FILE = "search/terms.json";
/** Modules of lib/ the search page runs too, each written to assets/ under its own name (they import nothing). */
const BROWSER_MODULES = ["../../content/closest.ts", "../../render/search-words.ts"].map((file) => fileURLToPath(new URL(file, import.meta.url)));

type FilterValues = Readonly<Record<"verdict" | "topic" | "kind", readonly string[]>>;

interface SearchAids {
  /** Changes exactly when the index changes: a hash of Pagefind's entry and meta files. */
  readonly cacheTag: string;
  /**
   * Each filter's values as each language's pages give them to Pagefind:
   * verdicts in the scale's order, topics and kinds A–Z. Chinese source pages
   * are not indexed, so the Chinese site has no source kinds.
   */
  readonly filters: Readonly<Record<Language, FilterValues>>;
}

/**
 * The words a reader might have meant: every word of 3+ letters in claim
 * texts, topic labels and `alsoKnownAs`. Chinese terms are kept whole.
 * @example knownTerms(corpus) // ["2020", "alipay", "blacklist", …, "芝麻信用"]
 */
export function knownTerms(corpus: Corpus): string[] {
  const terms = new Set<string>();
  const phrases = [
    ...corpus.claims.flatMap((c) => [c.claim, ...c.alsoKnownAs]),
    ...corpus.topics.map((t) => t.label),
  ];
  for (const phrase of phrases) {
    for (const word of phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if ([...word].length >= 3 || /\p{Script=Han}/u.test(word)) terms.add(word);
    }
  }
  return [...terms].sort();
}

/**
 * The values the claim and source pages file under each Pagefind filter
 * (pages/claim.njk, pages/source.njk), only those some page has.
 * @example filterValues(corpus).en.verdict // ["True", "Mostly true", …]
 */
export function filterValues(corpus: Corpus): SearchAids["filters"] {
  const verdicts = corpus.verdicts.filter((v) => corpus.claims.some((c) => c.verdict === v.id));
  const used = new Set(corpus.claims.flatMap((c) => c.topics));
  const topics = corpus.topics.filter((t) => used.has(t.id));
  return {
    en: {
      verdict: verdicts.map((v) => v.label),
      topic: topics.map((t) => t.label).sort(),
      kind: [...new Set(corpus.sources.map((s) => PAGE_WORDS.en.sourceKinds[s.kind]))].sort(),
    },
    "zh-hans": {
      verdict: verdicts.map((v) => v["zh-hans"].label),
      topic: topics.map((t) => t["zh-hans"].label).sort((a, b) => a.localeCompare(b, "zh")),
      kind: [],
    },
  };
}

/** Hash of the files Pagefind loads first; the index chunks they name are content-hashed already. */
export async function indexCacheTag(pagefindDir: string): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(pagefindDir)).filter((n) => n === "pagefind-entry.json" || n.endsWith(".pf_meta")).sort();
  for (const name of names) hash.update(name).update(await readFile(path.join(pagefindDir, name)));
  return hash.digest("hex").slice(0, 16);
}

async function writeSearchAids(siteDir: string, corpus: Corpus): Promise<SearchAids> {
  const aids: SearchAids = {
    cacheTag: await indexCacheTag(path.join(siteDir, "pagefind")),
    filters: filterValues(corpus),
  };
  await mkdir(path.join(siteDir, path.dirname(SEARCH_AIDS_FILE)), { recursive: true });
  await writeFile(path.join(siteDir, SEARCH_AIDS_FILE), JSON.stringify(aids));
  await writeFile(path.join(siteDir, SEARCH_TERMS_FILE), JSON.stringify(knownTerms(corpus)));
  for (const source of BROWSER_MODULES) {
    const compiled = await transform(await readFile(source, "utf8"), { loader: "ts", format: "esm", target: "es2022" });
    await writeFile(path.join(siteDir, "assets", `${path.basename(source, ".ts")}.js`), compiled.code);
  }
  return aids;
}

export const searchAidsStep: OutputStep = {
  name: "search aids",
  run: async ({ siteDir, corpus }) => {
    await writeSearchAids(siteDir, corpus);
  },
};

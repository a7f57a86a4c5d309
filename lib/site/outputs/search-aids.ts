/**
 * What the search page needs besides Pagefind's own bundle:
 * - `search/aids.json`: the cache tag of this build's index (so a browser or
 *   service worker never mixes a stale index with new pages) and the known
 *   terms that "Did you mean" suggestions are drawn from;
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
import type { OutputStep } from "./index.ts";

const SEARCH_AIDS_FILE = "search/aids.json";
/** Modules of lib/ the search page runs too, each written to assets/ under its own name (they import nothing). */
const BROWSER_MODULES = ["../../content/closest.ts", "../../render/search-words.ts"].map((file) => fileURLToPath(new URL(file, import.meta.url)));

interface SearchAids {
  /** Changes exactly when the index changes: a hash of Pagefind's entry and meta files. */
  readonly cacheTag: string;
  /** Lower-case words of claim texts, topic labels and other phrasings, sorted. */
  readonly terms: readonly string[];
  /** Verdict labels in the scale's order, for the verdict filter. */
  readonly verdicts: readonly string[];
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
    terms: knownTerms(corpus),
    verdicts: corpus.verdicts.map((v) => v.label),
  };
  await mkdir(path.join(siteDir, path.dirname(SEARCH_AIDS_FILE)), { recursive: true });
  await writeFile(path.join(siteDir, SEARCH_AIDS_FILE), JSON.stringify(aids));
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

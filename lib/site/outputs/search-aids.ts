/**
 * What the search page needs besides Pagefind's own bundle:
 * - `search/aids.json`: the cache tag of this build's index (so a browser or
 *   service worker never mixes a stale index with new pages), the values
 *   of each search filter, so the filters show without loading Pagefind's
 *   filter index (tens of kilobytes at 10,000 claims) until one is used, and
 *   the words nearly every page holds, which a query of several words does
 *   not fetch (see commonWords);
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
import { gunzipSync } from "node:zlib";
import { transform } from "esbuild";
import type { Corpus } from "../../content/corpus.ts";
import { PAGE_WORDS } from "../../render/page-words.ts";
import { HAN_RUN, queryWords } from "../../render/search-words.ts";
import type { Language } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { readEntry, SearchIndexError } from "./search-index-merge.ts";

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
  /** The English site's common words (commonWords), each with about how many pages hold it. */
  readonly common: Readonly<Partial<Record<Language, Readonly<Record<string, number>>>>>;
}

/** The share of a language's pages a word must be on to be common. */
const COMMON_SHARE = 0.97;
/** How many pages the share is counted on: enough to tell 97% within about a point. */
const COMMON_SAMPLE = 500;
/** Pagefind's fragments begin with this signature once ungzipped. */
export const FRAGMENT_SIGNATURE = "pagefind_dcd";

/** A page as Pagefind indexed it, from its fragment file: its address and its indexed text. */
export async function readFragment(file: string): Promise<{ readonly url: string; readonly content: string }> {
  const text = gunzipSync(await readFile(file)).toString("utf8");
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string; content: string };
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

/**
 * The words on at least 97% of the English site's indexed pages, with about how
 * many pages hold each, read from what Pagefind indexed: its fragments, one
 * per page, named by the language Pagefind was given (`siteLanguage` in lower
 * case, as search-index.ts groups the pages), whose `content` is the page's
 * indexed text, split into words as a query is (queryWords). Such a word
 * ("credit" on this site) says little about which page is meant, while its
 * index chunk is the largest of all, since Pagefind keeps every place a word
 * occurs; so the search page leaves it out of what it fetches when the query
 * has other words.
 *
 * Counted on a sample of the pages, the same for the same index (fragments are
 * named by their hash), so the build stays fast at any size. Chinese words are
 * not counted: none is on nearly every English page, and segmenting them is
 * the slowest part; the Chinese site's index is left as it is.
 * Fails where the index lists pages in that language but no fragment is named
 * for it, rather than count none and fetch every word; an index without such
 * pages has no common words.
 * @example await commonWords("_site/pagefind", "en") // { en: { china: 94, credit: 94 } }
 */
export async function commonWords(pagefindDir: string, siteLanguage: string): Promise<SearchAids["common"]> {
  const dir = path.join(pagefindDir, "fragment");
  const language = siteLanguage.toLowerCase();
  const indexed = (await readEntry(pagefindDir)).languages[language]?.page_count ?? 0;
  if (indexed === 0) return { en: {} };
  // Pagefind writes no fragment folder for an index of no pages.
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? [] : Promise.reject(error)));
  const pages = names.filter((name) => name.startsWith(`${language}_`)).sort();
  if (pages.length === 0) {
    throw new SearchIndexError(
      `Pagefind indexed ${indexed} page${indexed === 1 ? "" : "s"} in "${language}" but wrote no fragment named ${language}_…, so the search page's common words cannot be counted: ` +
        "Pagefind may name its fragments otherwise since an upgrade (see commonWords in lib/site/outputs/search-aids.ts)",
    );
  }
  const step = Math.max(1, pages.length / COMMON_SAMPLE);
  const sample = Array.from({ length: Math.min(pages.length, COMMON_SAMPLE) }, (_, i) => pages[Math.floor(i * step)]!);
  const counts = new Map<string, number>();
  for (const name of sample) {
    const { content } = await readFragment(path.join(dir, name));
    // Quotation marks in a page are not a reader's phrase quotes: its quoted words count as words.
    for (const word of queryWords(content.replace(/["“”]/g, " ").replace(HAN_RUN, " ")).words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const common = [...counts].filter(([, n]) => n >= COMMON_SHARE * sample.length).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { en: Object.fromEntries(common.map(([word, n]) => [word, Math.round((n * pages.length) / sample.length)])) };
}

async function writeSearchAids(siteDir: string, corpus: Corpus): Promise<SearchAids> {
  const aids: SearchAids = {
    cacheTag: await indexCacheTag(path.join(siteDir, "pagefind")),
    filters: filterValues(corpus),
    common: await commonWords(path.join(siteDir, "pagefind"), corpus.site.language),
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

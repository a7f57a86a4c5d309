// Which pages answer a query, on Pagefind's JavaScript API. Pagefind requires every
// word of a query, and matches a word it does not hold on its longest indexed start
// ("socail" on "so"); but a reader's question seldom has every word on the page that
// answers it. So words no page holds are set aside (the page offers "Did you mean"),
// and the pages are ranked on the other words: a page with all of them by Pagefind's
// search for them all, another by Pagefind's score for each word it holds, the sum
// scaled by the share of the words it holds. Pagefind also matches
// words that merely begin with a query word ("score" in "scorers"), so its top
// results are then ranked again on the page's own words: how closely a claim's
// text, other phrasings and summary (or a source's title) say the query, and, for
// a claim, how much of the query they hold, rare words counting most. Quoted
// phrases stay exact. A word nearly every page holds ("credit") is not searched
// for beside rarer ones: its index chunk is the largest to fetch and to search.
import { queryWords } from "./search-words.js";

/** How many of Pagefind's results for each word take part in the ranking. */
const RANKED_PER_WORD = 100;
/** How strongly a missing word counts against a page (the share of words held, to this power). */
const COVERAGE_POWER = 1;
/** How much the page's own phrasings saying the query count, against Pagefind's score. */
const PHRASING_WEIGHT = 1;
/** How much a claim's own words holding the query count: a claim saying it outranks a page mentioning it. */
const OWN_WEIGHT = 3;

const plain = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Pagefind's searches for one query, each run once: the matching, the closest
 * matches and "Did you mean" all ask for the same words, and at 10,000 pages a
 * word most pages hold costs a search of every page.
 * @returns {(term: string, filters?: object) => Promise<object>}
 */
export function searchesOnce(pagefind) {
  const done = new Map();
  return (term, filters = {}) => {
    const key = JSON.stringify([term, filters]);
    if (!done.has(key)) done.set(key, pagefind.search(term, { filters }));
    return done.get(key);
  };
}

/**
 * One data() call per page, shared by all who need the page's data: Pagefind keeps
 * one fragment object per page and writes each call's locations and excerpts onto
 * it, so two calls waiting at once for one page both see the later call's.
 * @returns {(result: object) => Promise<object>}
 */
function dataOnce() {
  const loading = new Map();
  return (result) => {
    if (!loading.has(result.id)) loading.set(result.id, result.data());
    return loading.get(result.id);
  };
}

/**
 * True when the page of `result`, from the word's own search, holds the word or
 * words it begins ("jaywalk" for "jaywalking"); false when Pagefind only matched
 * a shorter word that begins it. The word's own locations (`result.words`) are read
 * in the page's text: its data may have been loaded by another search.
 */
async function holdsWord(result, word, dataOf) {
  const words = (await dataOf(result)).content.split(/\s+/);
  return result.words.some((at) => isWord(words[at] ?? "", word));
}

/** True when a page's word is the query's `word`: Pagefind stems the query ("companies" is "compani"), so the page's may end differently. */
function isWord(pageWord, word) {
  return plain(pageWord).startsWith(word.slice(0, Math.max(2, word.length - 2)));
}

/**
 * Which of `words` a page's text does not hold, from its data: for the common
 * words, which are never searched for, so no search says which page lacks one.
 * A word counts in its inflections ("credits"), not in longer words that begin
 * with it ("chinese" is not "china").
 */
export function lacking(data, words) {
  if (words.length === 0) return [];
  const held = heldLemmas(data);
  return words.filter((word) => !held.has(lemma(word)));
}

/** The lemmas of a page's words, worked out once per page's data: the ranking and the result list both ask. */
const lemmasOf = new WeakMap();
function heldLemmas(data) {
  let held = lemmasOf.get(data);
  if (held === undefined) {
    held = new Set(data.content.split(/\s+/).map((w) => lemma(plain(w))));
    lemmasOf.set(data, held);
  }
  return held;
}

/**
 * True when some page holds the word. `found` is the word's own search; it is
 * checked on one of its pages, one whose data the ranking loads anyway (`loading`,
 * the ids of the best results) if there is one, so the check costs no round trip
 * of its own. Only when that page does not tell is the word searched for exactly.
 */
async function inIndex(search, word, found, loading, dataOf) {
  if (found.results.length === 0) return false;
  const page = found.results.find((r) => loading.has(r.id)) ?? found.results[0];
  if (await holdsWord(page, word, dataOf)) return true;
  return (await search(`"${word}"`)).results.length > 0;
}

/**
 * True when some page holds every word, from each word's own search (Pagefind's
 * search for several words finds the pages its search for each word finds).
 */
export async function someHoldsAll(search, words) {
  const [first, ...rest] = await Promise.all(words.map(async (w) => new Set((await search(w)).results.map((r) => r.id))));
  return [...(first ?? [])].some((id) => rest.every((ids) => ids.has(id)));
}

/** A word without its inflection: "scores" and "score", "companies" and "company", not "scorers". */
function lemma(word) {
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  const ending = ["ment", "ing", "ed", "es", "s"].find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length).replace(/e$/, "") : word.replace(/e$/, "");
}

/**
 * The page's own words against the query's: a claim's text, other phrasings and
 * "what's true", or a source's title. `held`: the share of the query's words they
 * hold, each word counted by its weight; `phrasing`: for each of them, the words
 * in both over the words in either, summed (a claim that says the query in
 * several of its phrasings is about it).
 * @param {Map<string, number>} weights the query's words (as lemmas) and their weights
 */
function ownWords(data, weights) {
  // Quotation marks in a claim are not the reader's phrase quotes: its quoted words count as words.
  const lemmas = (text) => new Set(queryWords(text.replace(/["“”]/g, " ")).words.map(lemma));
  const phrases = (data.meta.verdictId ? [data.meta.claim, ...(data.meta.aka ?? "").split(", "), data.meta.summary] : [data.meta.title]).map((p) => lemmas(p ?? ""));
  const held = new Set();
  let phrasing = 0;
  for (const phrase of phrases) {
    const shared = [...phrase].filter((w) => weights.has(w));
    for (const w of shared) held.add(w);
    if (shared.length > 0) phrasing += shared.length / (phrase.size + weights.size - shared.length);
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return { held: [...held].reduce((sum, w) => sum + weights.get(w), 0) / total, phrasing };
}

/** Ids of the pages holding every phrase, or undefined when there are none. */
async function pagesWithPhrases(search, phrases, filters) {
  if (phrases.length === 0) return undefined;
  const found = await Promise.all(phrases.map(async (p) => new Set((await search(`"${p}"`, filters)).results.map((r) => r.id))));
  const [first, ...rest] = found;
  return new Set([...first].filter((id) => rest.every((ids) => ids.has(id))));
}

/**
 * The pages with some of the `known` words, ranked: a page with every word by
 * Pagefind's own search for all of them (`everyFound`), any other by its score
 * for each word it holds, summed, scaled by the share of the words held. The sum
 * is not that search's score: Pagefind scales its boost for metadata fields
 * (title, claim, summary) holding some of the words by the share they hold, and
 * the sum gives each word's full boost.
 * @param everyFound Pagefind's search for all the known words, with the reader's filters (two words or more)
 * @param perWord each known word's own search, with the reader's filters
 */
function rank(known, everyFound, perWord, permitted) {
  const pages = new Map();
  const add = (result, words, score) => {
    const page = pages.get(result.id) ?? { result, score: 0, matched: new Set() };
    page.score = Math.max(page.score, score);
    for (const word of words) page.matched.add(word);
    pages.set(result.id, page);
  };
  const every = everyFound?.results.filter(permitted) ?? [];
  for (const result of every.slice(0, RANKED_PER_WORD)) add(result, known, result.score);
  // A page's score for the words one by one is the sum of its scores for the words it has.
  const sums = new Map();
  known.forEach((word, i) => {
    for (const result of perWord[i].results.slice(0, RANKED_PER_WORD)) {
      if (!permitted(result)) continue;
      const sum = (sums.get(result.id) ?? 0) + result.score;
      sums.set(result.id, sum);
      add(result, [word], sum);
    }
  });
  const ranked = [...pages.values()].map(({ result, score, matched }) => ({
    result,
    missing: known.filter((w) => !matched.has(w)),
    rank: score * (matched.size / known.length) ** COVERAGE_POWER,
  }));
  ranked.sort((a, b) => b.rank - a.rank);
  return { ranked, every: known.length === 1 ? ranked.length > 0 : every.length > 0 };
}

/**
 * The pages answering `query` ({ phrases, words } from queryWords), best first.
 * Pagefind's searches run side by side: each waits on index chunks, not on the CPU.
 * The words are ranked on at once and checked on the pages whose data the ranking
 * loads; a word that turns out to be in no page is left out and the rest ranked again.
 * @param search the query's searchesOnce(pagefind), which "Did you mean" then reuses
 * @param shown how many results the page shows first: these, whose data it loads anyway,
 *   are ranked again on their own phrasing; the rest keep the order of Pagefind's scores
 * @param common the words nearly every page holds, with how many pages hold each (search/aids.json):
 *   with other words beside them, they are not searched for (their index chunks are the largest,
 *   and they tell least which page is meant), are ranked as held by every page, and still count in
 *   ranking the first results on their own words; every word is searched for when the others answer nothing
 * @returns {Promise<{ matches: { result: object, data?: object, missing: string[] }[], every: boolean, unknown: string[], unchecked: string[] }>}
 *   `data` loaded for the first results; `every` when some page has every word;
 *   `unknown` the words no page holds; `unchecked` the common words not searched for,
 *   which a result's `missing` leaves out: `lacking(data, unchecked)` tells them once its data is loaded.
 */
export async function findMatches(search, query, filters, shown, common = {}) {
  const spared = query.words.filter((w) => Object.hasOwn(common, w));
  const everyWord = async () => ({ ...(await matchWords(search, query, filters, shown, new Map())), unchecked: [] });
  if (spared.length === 0 || spared.length === query.words.length) return everyWord();
  const rare = query.words.filter((w) => !spared.includes(w));
  const found = await matchWords(search, { phrases: query.phrases, words: rare }, filters, shown, new Map(spared.map((w) => [w, common[w]])));
  // Nothing answers on the other words (no page holds them, or none the phrases and filters allow): every word is searched for.
  if (found.matches.length === 0) return everyWord();
  // Only the first results' data is loaded: some page has every word if one of them holds the common words too.
  const every = found.every && found.matches.some((m) => m.data !== undefined && m.missing.length === 0 && lacking(m.data, spared).length === 0);
  return { ...found, every, unchecked: spared };
}

/**
 * findMatches on the words it fetches.
 * @param spared the query's common words left out of the searches, with how many pages hold each:
 *   they count as on every page, and in ranking the top results on their own words
 */
async function matchWords(search, query, filters, shown, spared) {
  const allWords = (words) => (words.length > 1 ? search(words.join(" "), filters) : undefined);
  const [found, filtered, allowed] = await Promise.all([
    Promise.all(query.words.map((w) => search(w))),
    Promise.all(query.words.map((w) => search(w, filters))),
    pagesWithPhrases(search, query.phrases, filters),
    // Pagefind's search for every word, beside the others; when a word is left out, the rest are searched for again.
    allWords(query.words),
  ]);
  const permitted = (result) => allowed === undefined || allowed.has(result.id);
  // Pagefind finds nothing for a word only when no indexed word begins it or is begun by it.
  let known = query.words.map((_, i) => i).filter((i) => found[i].results.length > 0);
  for (;;) {
    const unknown = query.words.filter((_, i) => !known.includes(i));
    if (known.length === 0) {
      const results = allowed === undefined ? [] : (await search(`"${query.phrases[0]}"`, filters)).results;
      return { matches: results.filter(permitted).map((result) => ({ result, missing: [] })), every: unknown.length === 0, unknown };
    }
    const words = known.map((i) => query.words[i]);
    const perWord = known.map((i) => filtered[i]);
    const { ranked, every } = rank(words, await allWords(words), perWord, permitted);
    const top = ranked.slice(0, shown);
    const dataOf = dataOnce();
    const loads = top.map(async (match) => ({ match, data: await dataOf(match.result) }));
    // Awaited only once every word is checked, and not at all if one is left out: a failed fetch meanwhile is no unhandled rejection.
    const loaded = Promise.all(loads);
    loaded.catch(() => {});
    const loading = new Set(top.map((match) => match.result.id));
    const held = await Promise.all(known.map((i) => inIndex(search, query.words[i], found[i], loading, dataOf)));
    if (!held.every(Boolean)) {
      // The next round loads its pages' data from its own searches, once this round's calls are done.
      await Promise.allSettled(loads);
      known = known.filter((_, k) => held[k]);
      continue;
    }
    // A word most pages hold ("china" on this site) says less about which page is meant than a rare one.
    const pages = [...words.map((_, k) => perWord[k].results.length), ...spared.values()];
    const most = Math.max(...pages);
    const weights = new Map();
    [...words, ...spared.keys()].forEach((word, k) => {
      weights.set(lemma(word), (weights.get(lemma(word)) ?? 0) + Math.log(1 + most / Math.max(1, pages[k])));
    });
    for (const { match, data } of await loaded) {
      match.data = data;
      const own = ownWords(data, weights);
      match.rank *= (1 + PHRASING_WEIGHT * own.phrasing) * (data.meta.verdictId ? 1 + OWN_WEIGHT * own.held : 1);
    }
    top.sort((a, b) => b.rank - a.rank);
    return {
      matches: [...top, ...ranked.slice(shown)].map(({ result, data, missing }) => ({ result, data, missing })),
      every: unknown.length === 0 && every,
      unknown,
    };
  }
}

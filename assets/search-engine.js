// Loads Pagefind once, on first use, with this build's cache tag: a service worker
// can then keep the index, and a rebuilt index is never mixed with old pages.
const root = new URL("../", import.meta.url);
let engine;
let terms;

/** Resolves to { pagefind, aids } where aids is search/aids.json (lib/site/outputs/search-aids.ts). */
export function searchEngine() {
  engine ??= (async () => {
    // Side by side: one round trip fewer before the first results on a slow network.
    const [aids, pagefind] = await Promise.all([
      fetch(new URL("search/aids.json", root), { cache: "no-cache" }).then((r) => r.json()),
      import(new URL("pagefind/pagefind.js", root).href),
    ]);
    await pagefind.options({ metaCacheTag: aids.cacheTag, excerptLength: 24 });
    await pagefind.init();
    return { pagefind, aids };
  })().catch((error) => {
    // Not kept: the next search tries again (back online, say).
    engine = undefined;
    throw error;
  });
  return engine;
}

/** The known terms "Did you mean" draws from, fetched the first time a query has a word no page holds. */
export function searchTerms() {
  terms ??= fetch(new URL("search/terms.json", root), { cache: "no-cache" }).then((r) => r.json());
  return terms;
}

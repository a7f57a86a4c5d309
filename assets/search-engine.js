// Loads Pagefind once, on first use, with this build's cache tag: a service worker
// can then keep the index, and a rebuilt index is never mixed with old pages.
const root = new URL("../", import.meta.url);
let engine;
let terms;

/** `load()` once, its promise kept, unless it fails: then the next call loads again (back online, say). */
function keptUnlessFailed(load, forget) {
  return load().catch((error) => {
    forget();
    throw error;
  });
}

/** Resolves to { pagefind, aids } where aids is search/aids.json (lib/site/outputs/search-aids.ts). */
export function searchEngine() {
  engine ??= keptUnlessFailed(
    async () => {
      // Side by side: one round trip fewer before the first results on a slow network.
      const [aids, pagefind] = await Promise.all([
        fetch(new URL("search/aids.json", root), { cache: "no-cache" }).then((r) => r.json()),
        import(new URL("pagefind/pagefind.js", root).href),
      ]);
      await pagefind.options({ metaCacheTag: aids.cacheTag, excerptLength: 24 });
      await pagefind.init();
      return { pagefind, aids };
    },
    () => (engine = undefined),
  );
  return engine;
}

/**
 * Forgets a loaded Pagefind after a search failed: Pagefind keeps an index file that failed to load as its
 * own error and gives it to every later search, so the next search starts it afresh.
 */
export async function forgetSearchEngine() {
  const loaded = engine;
  engine = undefined;
  const found = await loaded?.catch(() => undefined);
  await found?.pagefind.destroy();
}

/** The known terms "Did you mean" draws from, fetched the first time a query has a word no page holds. */
export function searchTerms() {
  terms ??= keptUnlessFailed(
    () => fetch(new URL("search/terms.json", root), { cache: "no-cache" }).then((r) => r.json()),
    () => (terms = undefined),
  );
  return terms;
}

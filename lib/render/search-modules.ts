/**
 * The modules assets/search.js imports, directly or through each other (two of
 * them compiled from lib/ by the search-aids step). The search pages announce
 * them with `<link rel="modulepreload">` so the browser fetches them beside
 * search.js instead of after it: one round trip fewer before the first results.
 * tests/render/search-modules.test.ts keeps this list equal to the imports.
 */
export const SEARCH_MODULES: readonly string[] = ["closest.js", "search-engine.js", "search-match.js", "search-words.js"];

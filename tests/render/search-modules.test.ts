/** The search pages preload exactly the modules assets/search.js imports, directly or not, and the index's script it loads first. */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { SEARCH_MODULES } from "../../lib/render/search-modules.ts";
import { urls } from "../../lib/render/urls.ts";
import { renderPage, testSite, type TestSite } from "../helpers/render-page.ts";

let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});

/** `./x.js` of each static import in an asset; a module compiled at build time (not in assets/) imports nothing. */
function importsOf(name: string): string[] {
  const file = `assets/${name}`;
  if (!existsSync(file)) return [];
  return [...readFileSync(file, "utf8").matchAll(/^import\s[^;]*?\sfrom\s+"\.\/([^"]+)";?$/gm)].map((m) => m[1]!);
}

test("SEARCH_MODULES lists every module search.js imports, directly or through another, and nothing else", () => {
  const found = new Set<string>();
  const queue = importsOf("search.js");
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (found.has(name)) continue;
    found.add(name);
    queue.push(...importsOf(name));
  }
  expect([...found].sort()).toEqual([...SEARCH_MODULES].sort());
});

test("the search pages preload the search index's script at the address assets/search-engine.js imports it from", () => {
  // search-engine.js resolves it against the site's root, the folder above assets/.
  const imported = readFileSync("assets/search-engine.js", "utf8").match(/import\(new URL\("([^"]+)", root\)/)?.[1];
  expect(imported).toBeDefined();
  expect(urls.searchIndexScript()).toBe(`/${imported}`);
});

test("both search pages preload those modules and the index's script, under the path prefix; other pages preload nothing", () => {
  const preloads = (template: string) => [...renderPage(template, site.globals).html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const expected = [...SEARCH_MODULES.map((m) => `/fc/assets/${m}`), "/fc/pagefind/pagefind.js"];
  expect(preloads("search.njk")).toEqual(expected);
  expect(preloads("zh-hans/search.njk")).toEqual(expected);
  expect(preloads("index.njk")).toEqual([]);
});

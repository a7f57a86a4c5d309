/** The search pages preload exactly the modules assets/search.js imports, directly or not. */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { SEARCH_MODULES } from "../../lib/render/search-modules.ts";
import { urls } from "../../lib/render/urls.ts";

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

/** The search pages preload exactly the modules assets/search.js imports, directly or not. */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { SEARCH_MODULES } from "../../lib/render/search-modules.ts";

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

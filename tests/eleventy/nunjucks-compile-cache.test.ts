/**
 * The Nunjucks compile cache: one compilation per (environment, path, source),
 * and the same output as without it.
 */
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { cacheNunjucksCompiles, type NunjucksModule } from "../../lib/eleventy/nunjucks-compile-cache.ts";

interface Renderable {
  render(context: Record<string, unknown>): string;
}
// The nunjucks Eleventy uses (it ships no types): the parts this test needs.
type Nunjucks = NunjucksModule & {
  Environment: new (loaders?: unknown, options?: Record<string, unknown>) => object;
  Template: new (source: string, env: object, path: string | null, eager: boolean) => Renderable;
};
const nunjucks = createRequire(import.meta.url)("nunjucks") as Nunjucks;

function countingCompiles(): { count: () => number } {
  let count = 0;
  const compile = nunjucks.compiler.compile;
  (nunjucks.compiler as { compile: typeof compile }).compile = (...args) => {
    count += 1;
    return compile(...args);
  };
  return { count: () => count };
}

describe("cacheNunjucksCompiles", () => {
  cacheNunjucksCompiles(nunjucks);
  cacheNunjucksCompiles(nunjucks); // a second install must not wrap twice
  const compiles = countingCompiles();
  const env = new nunjucks.Environment(null, { autoescape: true });

  test("compiles a page template once for many pages, with each page's own data", () => {
    const before = compiles.count();
    const source = "<h1>{{ c.claim }}</h1>{% for e in c.evidence %}<q>{{ e }}</q>{% endfor %}";
    const pages = ["a", "b", "<c>"].map((claim) =>
      new nunjucks.Template(source, env, "pages/claim.njk", false).render({ c: { claim, evidence: [claim] } }),
    );
    expect(pages).toEqual(["<h1>a</h1><q>a</q>", "<h1>b</h1><q>b</q>", "<h1>&lt;c&gt;</h1><q>&lt;c&gt;</q>"]);
    expect(compiles.count() - before).toBe(1);
  });

  const recompiles: Record<string, [source: string, path: string, fresh: boolean]> = {
    "an edited template": ["<p>{{ x }}!</p>", "pages/a.njk", false],
    "the same text at another path": ["<p>{{ x }}</p>", "pages/b.njk", false],
    "another environment": ["<p>{{ x }}</p>", "pages/a.njk", true],
  };
  for (const [name, [source, path, fresh]] of Object.entries(recompiles)) {
    test(`compiles again for ${name}`, () => {
      new nunjucks.Template("<p>{{ x }}</p>", env, "pages/a.njk", false).render({ x: 1 });
      const before = compiles.count();
      const other = fresh ? new nunjucks.Environment(null, { autoescape: true }) : env;
      expect(new nunjucks.Template(source, other, path, false).render({ x: 2 })).toBe(source.replace("{{ x }}", "2"));
      expect(compiles.count() - before).toBe(1);
    });
  }
});

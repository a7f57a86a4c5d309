/**
 * Half of what the accessibility test's economy rests on: colours and text
 * sizes do not depend on the width of the window, so axe's colour-contrast
 * rule, most of its time, runs once per colour scheme at the narrowest width
 * (tests/e2e/accessibility.test.ts). That test compares, in the page, what the
 * two widths it renders show (every style sheet, nesting, scripts); this one
 * reads site.css for what no rendered width shows — a width query bounded
 * between them. A media query on the viewport's size may only lay out
 * (columns, grid, spacing); text that scales with the viewport only grows
 * with it. What this reading cannot follow (container queries, imports) is
 * reported, not passed.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";

/** Properties a viewport-size media query may set: they move boxes, not colours, text sizes or what is shown. */
const LAYOUT = /^(grid(-.+)?|columns|column-(count|width|gap|rule-width|span)|break-(inside|before|after)|gap|row-gap|flex(-.+)?|order|align-.+|justify-.+|(min-|max-)?(width|height)|(margin|padding)(-.+)?)$/;
const VIEWPORT_SIZE = /\b(width|height|aspect-ratio|orientation)\b/;
/** A viewport unit taken away: text that shrinks as the window grows. */
const SHRINKING = /-\s*[\d.]*\s*(d|s|l)?(vw|vi|vmin|vmax|vh|vb)\b/;

/** `prop: value` of a block's rules, comments removed. */
function declarations(block: string): { property: string; value: string }[] {
  return [...block.matchAll(/\{([^{}]*)\}/g)].flatMap(([, body]) =>
    body!
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => ({ property: d.slice(0, d.indexOf(":")).trim().toLowerCase(), value: d.slice(d.indexOf(":") + 1).trim() })),
  );
}

/** What in a style sheet makes colours, text size or what is shown depend on the window's size. */
function widthDependent(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found: string[] = [];
  // Each @media block: its condition and its body up to the matching brace.
  for (const match of text.matchAll(/@media([^{]*)\{/g)) {
    const start = match.index + match[0].length;
    let end = start;
    for (let depth = 1; end < text.length && depth > 0; end++) depth += text[end] === "{" ? 1 : text[end] === "}" ? -1 : 0;
    if (!VIEWPORT_SIZE.test(match[1]!)) continue;
    for (const { property, value } of declarations(text.slice(start, end - 1))) {
      if (!LAYOUT.test(property)) found.push(`@media${match[1]!.trimEnd()} sets ${property}: ${value}`);
    }
  }
  for (const { property, value } of declarations(text)) {
    // A custom property may carry a size into font-size: one that shrinks is reported wherever it is set.
    if ((/^font(-size)?$/.test(property) || property.startsWith("--")) && SHRINKING.test(value)) found.push(`${property}: ${value} shrinks as the window grows`);
  }
  for (const [rule] of text.matchAll(/@(?:container|import)\b[^{;]*/g)) found.push(`${rule.trim()}: not read by this check`);
  return found;
}

test("the site's style sheet sets colours, text sizes and visibility the same at every width", async () => {
  expect(widthDependent(await readFile("assets/site.css", "utf8"))).toEqual([]);
});

test("the check finds a colour, a custom property, hiding or shrinking text in a width query, and reports what it cannot read", () => {
  const css = `
    @media (prefers-color-scheme: dark) { :root { --bg: #000; } }
    @media (min-width: 50rem) {
      .a { grid-template-columns: 1fr 2fr; color: red; }
      :root { --fg: #fff; }
    }
    @media (max-width: 30rem) { .b { display: none } }
    h1 { font-size: clamp(1rem, 3rem - 2vw, 2rem); }
    h2 { font-size: clamp(1rem, 2vw + 1rem, 2rem); }
    :root { --h: calc(3rem - 2vw); }
    @container (min-width: 30rem) { .c { color: red } }`;
  expect(widthDependent(css)).toEqual([
    "@media (min-width: 50rem) sets color: red",
    "@media (min-width: 50rem) sets --fg: #fff",
    "@media (max-width: 30rem) sets display: none",
    "font-size: clamp(1rem, 3rem - 2vw, 2rem) shrinks as the window grows",
    "--h: calc(3rem - 2vw) shrinks as the window grows",
    "@container (min-width: 30rem): not read by this check",
  ]);
});

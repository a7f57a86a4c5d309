import { describe, expect, test } from "vitest";
import { parseMarkdown, renderMarkdown } from "../../lib/markdown/markdown.ts";

const evidence = new Map([
  ["a#x", { number: 1, anchor: "ev-a--x" }],
  ["b#y", { number: 2, anchor: "ev-b--y" }],
]);

describe("parsing citations", () => {
  const cases: [string, string, { ref: string; line: number }[]][] = [
    ["one citation", "Text [@a#x].", [{ ref: "a#x", line: 0 }]],
    ["a group in Pandoc syntax", "Text [@a#x; @b#y].", [{ ref: "a#x", line: 0 }, { ref: "b#y", line: 0 }]],
    ["citations on later lines", "First line.\nSecond [@b#y].\n\nThird [@a#x].", [{ ref: "b#y", line: 1 }, { ref: "a#x", line: 3 }]],
    ["inside a list item", "- item [@a#x]", [{ ref: "a#x", line: 0 }]],
    ["not inside code", "`[@a#x]` and\n\n    [@b#y]", []],
    ["not an ordinary link", "[a link](https://example.com)", []],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      expect(parseMarkdown(text).citations.map(({ ref, line }) => ({ ref, line }))).toEqual(expected);
    });
  }

  test("a malformed citation is reported with its text", () => {
    expect(parseMarkdown("See [@a#x, p. 3].").malformed).toMatchObject([{ text: "[@a#x, p. 3]", line: 0, column: 5 }]);
  });
});

describe("rendering citations", () => {
  const cases: [string, string, string][] = [
    [
      "one citation links to its evidence entry, with an id to come back to",
      "Text [@a#x].",
      '<p>Text <sup class="citation">[<a href="#ev-a--x" id="c1-1" aria-label="Evidence 1">1</a>]</sup>.</p>\n',
    ],
    [
      "a second use of the same entry gets the next back-link id",
      "[@a#x] [@b#y; @a#x]",
      '<p><sup class="citation">[<a href="#ev-a--x" id="c1-1" aria-label="Evidence 1">1</a>]</sup> <sup class="citation">[<a href="#ev-b--y" id="c2-1" aria-label="Evidence 2">2</a>, <a href="#ev-a--x" id="c1-2" aria-label="Evidence 1">1</a>]</sup></p>\n',
    ],
  ];
  for (const [name, text, html] of cases) test(name, () => expect(renderMarkdown(parseMarkdown(text), evidence)).toBe(html));
});

describe("contributor Markdown is safe", () => {
  const cases: [string, string, string][] = [
    ["raw HTML is text", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"],
    ["javascript: links are not links", "[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"],
    ["data: links are not links", "[x](data:text/html,hi)", "<p>[x](data:text/html,hi)</p>\n"],
    ["images are not loaded, only linked", "![x](https://example.com/a.png)", '<p>!<a href="https://example.com/a.png">x</a></p>\n'],
    ["http(s) links work", "[x](https://example.com/a)", '<p><a href="https://example.com/a">x</a></p>\n'],
    ["template tags are text", "{{ site.title }} {% raw %}", "<p>{{ site.title }} {% raw %}</p>\n"],
  ];
  for (const [name, text, html] of cases) test(name, () => expect(renderMarkdown(parseMarkdown(text))).toBe(html));

  test("raw HTML and template tags are found for the checker", () => {
    expect(parseMarkdown("Some <b>bold</b>\nand {{ x }}").findings.map((f) => [f.kind, f.line])).toEqual([
      ["raw-html", 0],
      ["template-syntax", 1],
    ]);
  });
});

import { describe, expect, test } from "vitest";
import type { Site } from "../../lib/content/site.ts";
import { csvCell } from "../../lib/site/outputs/open-data.ts";
import { redirectPage } from "../../lib/site/outputs/redirects.ts";
import { embedHtml } from "../../lib/render/embed.ts";
import { siteSettings } from "../helpers/site-settings.ts";

describe("csvCell", () => {
  // A cell a spreadsheet would run as a formula gets a leading apostrophe; every cell is quoted.
  const cases: Record<string, string> = {
    "plain text": '"plain text"',
    "=HYPERLINK(\"http://evil\")": '"\'=HYPERLINK(""http://evil"")"',
    "+1 234": '"\'+1 234"',
    "-5": '"\'-5"',
    "@SUM(A1)": '"\'@SUM(A1)"',
    "\tindented": '"\'\tindented"',
    "a, b and \"c\"": '"a, b and ""c"""',
    "mid-word = fine": '"mid-word = fine"',
    "line\nbreak": '"line\nbreak"',
  };
  for (const [value, expected] of Object.entries(cases)) {
    test(JSON.stringify(value), () => expect(csvCell(value)).toBe(expected));
  }
  test("numbers are written as they are", () => expect(csvCell(6)).toBe('"6"'));
});

const site: Site = siteSettings({ pathPrefix: "/fc/" });

describe("redirectPage", () => {
  test("points at the new address under the path prefix, with contributor text escaped", () => {
    const html = redirectPage({ from: "/claims/old/", to: "/claims/new/", title: 'A <script>alert("x")</script> claim', what: "fact check" }, site);
    expect(html).toContain('<link rel="canonical" href="https://example.org/fc/claims/new/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/fc/claims/new/">');
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("embedHtml", () => {
  test("escapes every piece of content text and carries no script", () => {
    const html = embedHtml({
      claim: '"><script>x()</script>',
      verdict: "False",
      summary: "a & b",
      url: "https://example.org/claims/x/",
      reviewed: { iso: "2026-01-02", text: "2 January 2026" },
      publisher: "P",
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain("a &amp; b");
  });
});

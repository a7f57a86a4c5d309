/**
 * data/site.yaml is checked like a content file: each problem is a diagnostic
 * at its line, and the deployment overrides are validated like the fields
 * they replace. Pure: the text is passed in, no folder is read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../lib/content/diagnostic.ts";
import { loadSiteFile, siteOverridesFrom } from "../../lib/content/site.ts";

const SITE = `title: "A fact check"
tagline: "Claims, checked."
url: "https://fact-check.example.org/"
pathPrefix: "/"
language: en
publisher:
  name: "A publisher"
  url: "https://fact-check.example.org/about/"
repository: "https://example.org/repo"
perPage:
  claims: 50
  corrections: 50
  citedBy: 3
  featured: 6
  recentChanges: 5
`;

/** `line:col code` of each diagnostic. */
const where = (text: string | undefined, overrides = {}) =>
  loadSiteFile(text, overrides).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe("data/site.yaml", () => {
  test("valid settings load, the url without its trailing slash", () => {
    const { value, diagnostics } = loadSiteFile(SITE);
    expect(diagnostics).toEqual([]);
    expect(value?.url).toBe("https://fact-check.example.org");
    expect(value?.publisher.name).toBe("A publisher");
  });

  test("the repository's own settings are valid", () => {
    expect(loadSiteFile(readFileSync("data/site.yaml", "utf8")).diagnostics).toEqual([]);
  });

  const broken: [string, string, string[]][] = [
    ["a misspelt key, with a suggestion", SITE.replace("tagline:", "tagLine:"), ["2:1 unknown-field", "1:1 missing-field"]],
    ["a url that is not an address", SITE.replace('url: "https://fact-check.example.org/"', "url: fact-check.example.org"), ["3:6 invalid-url"]],
    ["a missing title", SITE.replace('title: "A fact check"\n', ""), ["1:1 missing-field"]],
    ["a nested url", SITE.replace('url: "https://fact-check.example.org/about/"', "url: about"), ["8:8 invalid-url"]],
    ["a repository that is not an address", SITE.replace('"https://example.org/repo"', "github"), ["9:13 invalid-url"]],
    ["a path prefix without slashes", SITE.replace('pathPrefix: "/"', "pathPrefix: docs"), ["4:13 invalid-path-prefix"]],
    ["a YAML syntax error", SITE.replace('title: "A fact check"', 'title: "A fact check'), ["1:21 yaml-syntax"]],
  ];
  for (const [name, text, expected] of broken) {
    test(`reports ${name} at its line`, () => {
      expect(where(text).sort()).toEqual(expected.sort());
      expect(loadSiteFile(text).value).toBeUndefined();
    });
  }

  const pageSizes: [string, string, string][] = [
    ["zero", "citedBy: 3", "citedBy: 0"],
    ["a fraction", "claims: 50", "claims: 2.5"],
    ["past its limit, which keeps pages under the budget", "claims: 50", "claims: 500"],
  ];
  for (const [name, from, to] of pageSizes) {
    test(`reports a page size that is ${name} at its line, with the range`, () => {
      const text = SITE.replace(from, to);
      const [problem, ...more] = loadSiteFile(text).diagnostics;
      expect(more).toEqual([]);
      expect(formatDiagnostic(problem!)).toMatch(/^data\/site\.yaml:1[1-5]:\d+ error invalid-value: `perPage\.\w+` is [\d.]+; it must be a whole number from 1 to \d+ — /);
      expect(problem!.line).toBe(text.split("\n").findIndex((line) => line.includes(to)) + 1);
      expect(loadSiteFile(text).value).toBeUndefined();
    });
  }

  test("a page size written as text is the wrong type, and a missing one is required", () => {
    expect(where(SITE.replace("featured: 6", 'featured: "six"'))).toEqual(["14:13 wrong-type"]);
    expect(where(SITE.replace("  recentChanges: 5\n", ""))).toEqual(["11:3 missing-field"]);
  });

  test("`featured` is a list of claim ids; an empty one is reported", () => {
    expect(loadSiteFile(`${SITE}featured: [three-digit-score, myth-and-harmless]\n`).featuredAt).toEqual([
      { line: 16, column: 12 },
      { line: 16, column: 31 },
    ]);
    expect(where(`${SITE}featured: []\n`)).toEqual(["16:11 empty-value"]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `claim-${i + 1}`).join(", ");
    expect(where(`${SITE}featured: [${thirteen}]\n`)).toEqual(["16:11 invalid-value"]);
    expect(where(`${SITE}featured: [Not An Id]\n`)).toEqual(["16:12 invalid-id"]);
  });

  test("a misspelt key's message names the field it probably meant", () => {
    const [unknown] = loadSiteFile(SITE.replace("tagline:", "tagLine:")).diagnostics.filter((d) => d.code === "unknown-field");
    expect(formatDiagnostic(unknown!)).toContain("unknown field `tagLine` (did you mean `tagline`?)");
  });

  test("a missing file is one error, not an exception", () => {
    expect(where(undefined)).toEqual(["1:1 missing-field"]);
  });
});

describe("deployment overrides", () => {
  test("replace the file's url and path prefix", () => {
    const { value } = loadSiteFile(SITE, { url: "http://localhost:8080/", pathPrefix: "/fact-check/" });
    expect(value?.url).toBe("http://localhost:8080");
    expect(value?.pathPrefix).toBe("/fact-check/");
  });

  test("a bad SITE_URL is reported by name, at the field it replaces", () => {
    const { value, diagnostics } = loadSiteFile(SITE, { url: "localhost:8080" });
    expect(value).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'data/site.yaml:3:6 error invalid-url: SITE_URL "localhost:8080" (which replaces `url`) is not a full http(s) address — set SITE_URL to a full http(s) address, or unset it to use `url` from data/site.yaml',
    ]);
  });

  test("a bad PATH_PREFIX is reported by name", () => {
    expect(loadSiteFile(SITE, { pathPrefix: "fact-check" }).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["invalid-path-prefix", 'PATH_PREFIX "fact-check" (which replaces `pathPrefix`) is not a path that starts and ends with `/`'],
    ]);
  });

  test("are read from an environment; empty variables are unset", () => {
    expect(siteOverridesFrom({ SITE_URL: "https://a.example", PATH_PREFIX: "" })).toEqual({ url: "https://a.example", pathPrefix: undefined });
  });
});

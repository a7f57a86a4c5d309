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

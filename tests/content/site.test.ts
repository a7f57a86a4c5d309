/**
 * data/site.yaml is checked like a content file: each problem is a diagnostic
 * at its line, and the deployment overrides are validated like the fields
 * they replace. Pure: the text is passed in, no folder is read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../lib/content/diagnostic.ts";
import { loadSiteFile } from "../../lib/content/load-site.ts";
import { siteOverridesFrom } from "../../lib/content/site-overrides.ts";

const SITE = `title: "A fact check"
tagline: "Claims, checked."
url: "https://fact-check.example.org/"
pathPrefix: "/"
language: en
publisher:
  name: "A publisher"
  people:
    - name: "The maintainers"
      role: "Editors"
  contact: "issues"
  funding: []
policies:
  publishingPrinciples: "/about/#principles"
  correctionsPolicy: "/about/#corrections"
  verificationFactCheckingPolicy: "/methodology/"
  ownershipFundingInfo: "https://elsewhere.example.net/funding"
repository: "https://example.org/repo"
perPage:
  claims: 50
  corrections: 50
  citedBy: 3
  featured: 6
  recentChanges: 5
`;

/** The line of SITE that holds `text`. */
const lineOf = (text: string) => SITE.split("\n").findIndex((line) => line.includes(text)) + 1;

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
    ["a repository that is not an address", SITE.replace('"https://example.org/repo"', "github"), ["18:13 invalid-url"]],
    ["a policy that is neither a path nor an address", SITE.replace('"/methodology/"', '"methodology"'), ["16:35 invalid-url"]],
    ["a contact that is neither the issue tracker nor an email address", SITE.replace('contact: "issues"', 'contact: "by post"'), ["11:12 invalid-value"]],
    ["a missing policy", SITE.replace('  correctionsPolicy: "/about/#corrections"\n', ""), ["14:3 missing-field"]],
    ["missing people, contact and funding", SITE.replace(/ {2}people:[\s\S]*funding: \[\]\n/, ""), ["7:3 missing-field", "7:3 missing-field", "7:3 missing-field"]],
    ["no one responsible", SITE.replace(/ {2}people:\n.*\n.*\n/, "  people: []\n"), ["8:11 empty-value"]],
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
      expect(formatDiagnostic(problem!)).toMatch(/^data\/site\.yaml:\d+:\d+ error invalid-value: `perPage\.\w+` is [\d.]+; it must be a whole number from 1 to \d+ — /);
      expect(problem!.line).toBe(text.split("\n").findIndex((line) => line.includes(to)) + 1);
      expect(loadSiteFile(text).value).toBeUndefined();
    });
  }

  test("a page size written as text is the wrong type, and a missing one is required", () => {
    expect(where(SITE.replace("featured: 6", 'featured: "six"'))).toEqual([`${lineOf("featured: 6")}:13 wrong-type`]);
    expect(where(SITE.replace("  recentChanges: 5\n", ""))).toEqual([`${lineOf("perPage:") + 1}:3 missing-field`]);
  });

  test("`featured` is a list of claim ids; an empty one is reported", () => {
    // Appended after the last line of SITE.
    const line = SITE.split("\n").length;
    expect(loadSiteFile(`${SITE}featured: [three-digit-score, myth-and-harmless]\n`).featuredAt).toEqual([
      { line, column: 12 },
      { line, column: 31 },
    ]);
    expect(where(`${SITE}featured: []\n`)).toEqual([`${line}:11 empty-value`]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `claim-${i + 1}`).join(", ");
    expect(where(`${SITE}featured: [${thirteen}]\n`)).toEqual([`${line}:11 invalid-value`]);
    expect(where(`${SITE}featured: [Not An Id]\n`)).toEqual([`${line}:12 invalid-id`]);
  });

  test("a misspelt key's message names the field it probably meant", () => {
    const [unknown] = loadSiteFile(SITE.replace("tagline:", "tagLine:")).diagnostics.filter((d) => d.code === "unknown-field");
    expect(formatDiagnostic(unknown!)).toContain("unknown field `tagLine` (did you mean `tagline`?)");
  });

  test("a missing policy is named, with its place", () => {
    const [missing] = loadSiteFile(SITE.replace('  ownershipFundingInfo: "https://elsewhere.example.net/funding"\n', "")).diagnostics;
    expect(formatDiagnostic(missing!)).toMatch(/^data\/site.yaml:14:3 error missing-field: `policies.ownershipFundingInfo` is required — /);
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
    expect(siteOverridesFrom({ SITE_URL: "https://a.example", PATH_PREFIX: "", REPOSITORY_URL: "https://github.com/o/r" })).toEqual({
      url: "https://a.example",
      pathPrefix: undefined,
      repository: "https://github.com/o/r",
    });
  });

  test("REPOSITORY_URL replaces the repository", () => {
    expect(loadSiteFile(SITE, { repository: "https://github.com/a-fork/fact-check" }).value?.repository).toBe("https://github.com/a-fork/fact-check");
  });

  test("an address that includes the folder the site is served under keeps the origin; the folder is the path prefix", () => {
    const { value, diagnostics } = loadSiteFile(SITE, { url: "https://owner.github.io/fact-check/", pathPrefix: "/fact-check/" });
    expect(diagnostics).toEqual([]);
    expect(value?.url).toBe("https://owner.github.io");
    expect(value?.pathPrefix).toBe("/fact-check/");
  });

  test("an address under a folder that is not the path prefix is an error naming both", () => {
    const { value, diagnostics } = loadSiteFile(SITE, { url: "https://owner.github.io/fact-check" });
    expect(value).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'data/site.yaml:3:6 error invalid-path-prefix: SITE_URL "https://owner.github.io/fact-check" is served under /fact-check/, but `pathPrefix` is "/" — set PATH_PREFIX (or `pathPrefix`) to "/fact-check/", or give the address without the folder',
    ]);
  });
});

describe("placeholder addresses", () => {
  const real = { url: "https://fact-check.news", repository: "https://github.com/o/r" };

  test("are left alone unless asked for (the checker, the dev server)", () => {
    expect(loadSiteFile(SITE).diagnostics).toEqual([]);
  });

  test("make one warning that names the variables to set", () => {
    const { value, diagnostics } = loadSiteFile(SITE, {}, true);
    expect(value).toBeDefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "data/site.yaml:3:6 warning placeholder-address: `url` is a placeholder (https://fact-check.example.org/): canonical links, citations, the feed and the embed card point at an address that does not exist; `repository` is a placeholder (https://example.org/repo): the About page and the links to report an error or suggest a claim lead to a repository that does not exist — set SITE_URL and REPOSITORY_URL to the real addresses when building for publication (the deploy workflow does), or write them in data/site.yaml",
    ]);
  });

  test("a placeholder given in the environment is named by its variable", () => {
    const [warning] = loadSiteFile(SITE, { url: "https://example.net/x/", pathPrefix: "/x/", repository: real.repository }, true).diagnostics;
    expect(warning!.message).toBe("SITE_URL is a placeholder (https://example.net/x/): canonical links, citations, the feed and the embed card point at an address that does not exist");
    expect(warning!.hint).toContain("set SITE_URL to the real address");
  });

  const hosts: [string, boolean][] = [
    ["https://example.org", true],
    ["https://social-credit-fact-check.example.org", true],
    ["https://github.example/o/r", true],
    ["https://site.test", true],
    ["https://x.invalid", true],
    ["https://owner.github.io/fact-check/", false],
    ["https://counterexample.org", false],
    ["https://example.org.cn", false],
  ];
  for (const [url, placeholder] of hosts) {
    test(`${url} is ${placeholder ? "" : "not "}a placeholder`, () => {
      const overrides = { url, pathPrefix: new URL(url).pathname.replace(/\/?$/, "/"), repository: real.repository };
      expect(loadSiteFile(SITE, overrides, true).diagnostics.map((d) => d.code)).toEqual(placeholder ? ["placeholder-address"] : []);
    });
  }
});

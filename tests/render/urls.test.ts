import { describe, expect, test } from "vitest";
import { absoluteUrl, anchors, filePage, pageFile, siteUrls, urls, withBase } from "../../lib/render/urls.ts";

describe("withBase", () => {
  const cases: [string, string, string][] = [
    ["/claims/x/", "/", "/claims/x/"],
    ["/claims/x/", "", "/claims/x/"],
    ["/claims/x/", "/fc/", "/fc/claims/x/"],
    ["/claims/x/", "/fc", "/fc/claims/x/"],
    ["/claims/x/", "fc/", "/fc/claims/x/"],
    ["/", "/fc/", "/fc/"],
    ["/a/#b", "/one/two/", "/one/two/a/#b"],
    // Unlike ufo's withBase, a path that happens to start with the base still gets it.
    ["/claims/x/", "/claims/", "/claims/claims/x/"],
  ];
  for (const [path, base, expected] of cases) test(`withBase(${path}, ${base || '""'})`, () => expect(withBase(path, base)).toBe(expected));

  test("refuses a path that is not root-relative", () => {
    expect(() => withBase("claims/x/", "/fc/")).toThrow(/not a root-relative path/);
    expect(() => withBase("https://example.org/", "/fc/")).toThrow(/not a root-relative path/);
  });
});

describe("urls", () => {
  test("are root-relative paths without a prefix", () => {
    expect(urls.claim("x")).toBe("/claims/x/");
    expect(urls.claimIndex()).toBe("/a-z/");
    expect(urls.claimIndex(2)).toBe("/a-z/2/");
    expect(urls.notFound()).toBe("/404.html");
    expect(urls.feed()).toBe("/feed.xml");
  });

  test("under a prefix, every kind of URL carries it once, fragments after the path", () => {
    const href = siteUrls("/fc/");
    expect(href.home()).toBe("/fc/");
    expect(href.home("topics")).toBe("/fc/#topics");
    expect(href.excerptCitation("s", "e")).toBe("/fc/sources/s/#e--cite");
    expect(href.revision("c", 0)).toBe("/fc/claims/c/#revision-1");
    expect(href.withdrawal("c")).toBe("/fc/claims/c/#withdrawn");
    expect(href.verdictDefinition("false")).toBe("/fc/methodology/#verdict-false");
    expect(href.offlineCopy("site-2026-01-02.zip")).toBe("/fc/offline/site-2026-01-02.zip");
    expect(href.asset("site.css")).toBe("/fc/assets/site.css");
    expect(href.data("claims.csv")).toBe("/fc/data/claims.csv");
    expect(href.citeFile("c", "ris")).toBe("/fc/cite/c.ris");
  });

  test("each language has its own feed beside its pages; data and assets are shared", () => {
    const zh = siteUrls("/fc/", "zh-hans");
    expect(zh.feed()).toBe("/fc/zh-hans/feed.xml");
    expect(siteUrls("/fc/").feed()).toBe("/fc/feed.xml");
    expect(zh.data("claimreview.json")).toBe("/fc/data/claimreview.json");
    expect(zh.asset("site.css")).toBe("/fc/assets/site.css");
  });

  test("the fragment a URL points at is the id its page is given", () => {
    expect(siteUrls().excerptCitation("s", "e")).toBe(`/sources/s/#${anchors.excerptCitation("e")}`);
    expect(siteUrls().revision("c", 2)).toBe(`/claims/c/#${anchors.revision(2)}`);
    expect(siteUrls().verdictDefinition("v")).toBe(`/methodology/#${anchors.verdictDefinition("v")}`);
  });

  test("absolute URLs join the site URL, the prefix and the path", () => {
    expect(absoluteUrl("https://example.org", "/fc/", "/claims/x/")).toBe("https://example.org/fc/claims/x/");
    expect(absoluteUrl("https://example.org", "/", "/")).toBe("https://example.org/");
  });
});

describe("twin", () => {
  const zh = siteUrls("/fc/", "zh-hans");
  test("an English reader page's twin is the same page in the language's folder, under the prefix, its section kept", () => {
    expect(zh.twin("/about/#principles")).toBe("/fc/zh-hans/about/#principles");
    expect(zh.twin("/methodology/")).toBe("/fc/zh-hans/methodology/");
    expect(zh.twin("/")).toBe("/fc/zh-hans/");
    expect(siteUrls("/fc/").twin("/about/")).toBe("/fc/about/");
  });
  test("a file every language shares, or a page already in a language folder, has no twin", () => {
    for (const path of ["/data/claims.json", "/assets/policy.pdf", "/assets/", "/offline/site.zip", "/cite/x.bib", "/zh-hans/about/"]) {
      expect(zh.twin(path), path).toBeUndefined();
    }
  });
});

test("pageFile and filePage map a page's path and its file both ways", () => {
  for (const [page, file] of [
    ["/", "index.html"],
    ["/a-z/", "a-z/index.html"],
    ["/zh-hans/claims/x/", "zh-hans/claims/x/index.html"],
    ["/404.html", "404.html"],
  ] as const) {
    expect(pageFile(page)).toBe(file);
    expect(filePage(file)).toBe(page);
  }
});

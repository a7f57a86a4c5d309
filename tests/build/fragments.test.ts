/**
 * Links that name a place on a page (`#revision-2`, `#withdrawn`) land on it:
 * every entry of both Atom feeds and every link of both corrections lists,
 * over the real built site. Linkinator checks that pages exist but reads no
 * feed and no fragment, so a revision announced at an anchor its page lacks
 * would pass it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { loadSiteFile } from "../../lib/content/load-site.ts";
import { SITE_FILE, type Site } from "../../lib/content/site.ts";
import { absoluteUrl, pathsIn, type Language } from "../../lib/render/urls.ts";
import { byId, listFiles, page } from "../helpers/site-files.ts";

const siteDir = inject("siteDir");
const LANGUAGES: readonly Language[] = ["en", "zh-hans"];
let site: Site;

beforeAll(async () => {
  // The settings the shared build read (its url and path prefix), without loading the corpus.
  site = loadSiteFile(await readFile(SITE_FILE, "utf8")).value!;
});

const parsed = new Map<string, Promise<HTMLElement>>();
/** Each page parsed once, however many links lead to it. */
const pageAt = (urlPath: string) => {
  if (!parsed.has(urlPath)) parsed.set(urlPath, page(siteDir, urlPath));
  return parsed.get(urlPath)!;
};

/** The links (site paths with their fragment) that do not land on an element with that id. */
async function missing(links: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const link of links) {
    const [urlPath, fragment] = link.split("#") as [string, string];
    const target = await pageAt(urlPath).catch(() => undefined);
    if (target?.querySelector(byId(decodeURIComponent(fragment))) == null) out.push(link);
  }
  return out;
}

describe("every link to a fragment lands on an element with that id", () => {
  test.each(LANGUAGES)("in the %s Atom feed", async (language) => {
    const xml = await readFile(path.join(siteDir, pathsIn[language].feed()), "utf8");
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const base = absoluteUrl(site.url, site.pathPrefix, "/");
    const links = Array.from(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link"), (l) => l.getAttribute("href")!).filter((href) => href.includes("#"));
    // Revisions are announced at their entries; without any, this test would check nothing.
    expect(links.length, language).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(base), link).toBe(true);
    expect(await missing(links.map((link) => `/${link.slice(base.length)}`))).toEqual([]);
  });

  test.each(LANGUAGES)("on every page of the %s corrections list", async (language) => {
    const first = pathsIn[language].corrections();
    const files = (await listFiles(path.join(siteDir, first))).filter((f) => f.endsWith("index.html"));
    const links: string[] = [];
    for (const file of files) {
      const urlPath = `${first}${file.replace(/index\.html$/, "")}`;
      const hrefs = (await pageAt(urlPath)).querySelectorAll("main a[href]").map((a) => a.getAttribute("href")!);
      // A bare `#id` is a place on the same page; other sites' fragments are not ours to check.
      links.push(...hrefs.filter((h) => h.includes("#") && !/^[a-z]+:/.test(h)).map((h) => (h.startsWith("#") ? `${urlPath}${h}` : h)));
    }
    // Every revision's entry links its place on the claim page.
    expect(links.filter((l) => l.includes("#revision-")).length, language).toBeGreaterThan(0);
    expect(await missing(links)).toEqual([]);
  });
});

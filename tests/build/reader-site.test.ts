/**
 * The built site (the global test build) as readers and their browsers get it:
 * page budgets, valid HTML, the security policy, Chinese marked as such, the
 * A–Z index, the home page and list addresses, and the offline download page.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from "../../lib/render/csp.ts";
import { OFFLINE_SIZE_PLACEHOLDER } from "../../lib/render/offline-copy.ts";
import { formatSize } from "../../lib/site/outputs/offline-copy.ts";
import { CLAIM_PAGE_BUDGET_BYTES, PAGE_BUDGET_BYTES } from "../../lib/site/page-budget.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { readRegistry } from "../../lib/content/registry.ts";
import { pathsIn, urls } from "../../lib/render/urls.ts";
import { listFiles, page } from "../helpers/site-files.ts";
import { clicksFrom, parsePages } from "../helpers/site-graph.ts";

const CSS_BUDGET = 15 * 1024;

let siteDir: string;
let pages: string[];
beforeAll(async () => {
  siteDir = inject("siteDir");
  pages = (await listFiles(siteDir)).filter((f) => f.endsWith(".html"));
});

describe("budgets", () => {
  test(`every claim page's HTML is at most ${CLAIM_PAGE_BUDGET_BYTES} bytes`, async () => {
    const claims = pages.filter((p) => /^claims\/[^/]+\/index\.html$/.test(p));
    expect(claims.length).toBeGreaterThan(20);
    const over: string[] = [];
    for (const file of claims) {
      const { size } = await stat(path.join(siteDir, file));
      if (size > CLAIM_PAGE_BUDGET_BYTES) over.push(`${file}: ${size} bytes`);
    }
    expect(over).toEqual([]);
  });

  test(`every HTML page is at most ${PAGE_BUDGET_BYTES} bytes`, async () => {
    const over: string[] = [];
    for (const file of pages) {
      const { size } = await stat(path.join(siteDir, file));
      if (size > PAGE_BUDGET_BYTES) over.push(`${file}: ${size} bytes`);
    }
    expect(over).toEqual([]);
  });

  test(`all the site's CSS together is at most ${CSS_BUDGET} bytes`, async () => {
    const css = (await listFiles(siteDir)).filter((f) => f.endsWith(".css") && !f.startsWith("pagefind/"));
    let total = 0;
    for (const file of css) total += (await stat(path.join(siteDir, file))).size;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test("no page needs script to be read: scripts are external modules (enhancements), JSON-LD or JSON data", async () => {
    for (const file of pages) {
      const root = await page(siteDir, file);
      for (const script of root.querySelectorAll("script")) {
        const type = script.getAttribute("type");
        // Data for machines or for the search script (its interface text): never run.
        if (type === "application/ld+json" || type === "application/json") continue;
        expect([file, type, script.getAttribute("src") !== undefined, script.text.trim()]).toEqual([file, "module", true, ""]);
      }
    }
  });
});

test("html-validate (standard preset) reports no errors on any page", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(path.join(siteDir, file));
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(pages.length).toBeGreaterThan(50);
  expect(failures).toEqual([]);
});

describe("security", () => {
  test("every page carries the Content-Security-Policy meta tag, without unsafe-inline scripts", async () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    for (const file of pages) {
      const meta = (await page(siteDir, file)).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect([file, meta?.getAttribute("content")]).toEqual([file, CONTENT_SECURITY_POLICY]);
    }
  });

  test("_headers sends the same policy, with frame-ancestors", async () => {
    const headers = await readFile(path.join(siteDir, "_headers"), "utf8");
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`);
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });

  test("no page loads anything from another site (links to sources are navigation, not loads)", async () => {
    for (const file of pages) {
      const root = await page(siteDir, file);
      const loads = [
        ...root.querySelectorAll("script[src]").map((e) => e.getAttribute("src")),
        // The canonical link and the hreflang alternates name pages; they load nothing.
        ...root.querySelectorAll("link:not([rel=canonical]):not([hreflang])").map((e) => e.getAttribute("href")),
        ...root.querySelectorAll("img, iframe, audio, video, source").map((e) => e.getAttribute("src")),
      ];
      for (const url of loads) expect([file, url]).toEqual([file, expect.stringMatching(/^\/(?!\/)/) as string]);
      expect([file, root.querySelectorAll("[style]").length]).toEqual([file, 0]);
    }
  });
});

test("Chinese runs in claim pages are marked lang=zh, escaping intact", async () => {
  const sesame = await page(siteDir, "/claims/sesame-credit-is-government-score/");
  const marked = sesame.querySelectorAll('span[lang="zh"]').map((s) => s.text);
  expect(marked).toContain("芝麻信用");
  const deadbeat = await page(siteDir, "/claims/hebei-deadbeat-map/");
  expect(deadbeat.querySelectorAll('span[lang="zh"]').map((s) => s.text)).toContain("老赖");
});

test("the A–Z index lists every live claim once, readable without JavaScript", async () => {
  const { corpus } = await loadCorpus({ root: "." });
  const withdrawn = new Set(corpus.withdrawn.map((w) => `/claims/${w.id}/`));
  const claimPages = pages
    .filter((p) => /^claims\/[^/]+\/index\.html$/.test(p))
    .map((p) => `/${p.replace(/index\.html$/, "")}`)
    .filter((url) => !withdrawn.has(url));
  expect(withdrawn.size).toBeGreaterThan(0);
  const index = pages.filter((p) => p.startsWith("a-z/"));
  const listed: string[] = [];
  for (const file of index) {
    listed.push(...(await page(siteDir, file)).querySelectorAll("main .claim-card__claim").map((a) => a.getAttribute("href") ?? ""));
  }
  expect(listed.sort()).toEqual(claimPages.sort());
  const search = await page(siteDir, "/search/");
  const noscript = search.querySelector("noscript");
  expect(noscript?.text).toContain("Search needs JavaScript");
  expect(noscript?.innerHTML).toContain('href="/a-z/"');
});

test("the offline page, in each language, gives the one download's real size and its content date", async () => {
  const hrefs = new Set<string>();
  for (const paths of Object.values(pathsIn)) {
    const offline = await page(siteDir, paths.offline());
    const link = offline.querySelector("a[download]")!;
    hrefs.add(link.getAttribute("href")!);
    const zip = await stat(path.join(siteDir, link.getAttribute("href")!));
    expect(offline.text, paths.offline()).not.toContain(OFFLINE_SIZE_PLACEHOLDER);
    expect(offline.querySelector(".offline-size")?.text).toBe(formatSize(zip.size));
    expect(offline.querySelector("time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect(hrefs.size).toBe(1);
});

describe("the home page and the lists", () => {
  test("the home page features a few claims, never the whole corpus, and every claim is at most three clicks away", async () => {
    const { corpus } = await loadCorpus({ root: "." });
    const parsed = await parsePages(siteDir);
    const home = parsed.get(urls.home())!;
    expect(home.querySelectorAll("main .claim-card").length).toBe(corpus.site.perPage.featured);
    expect(home.querySelectorAll("#topics a").map((a) => a.getAttribute("href"))).toEqual(
      corpus.topics.filter((t) => corpus.claimsInTopic(t.id).length > 0).map((t) => urls.topic(t.id)),
    );
    const clicks = clicksFrom(urls.home(), parsed);
    expect(corpus.claims.filter((c) => (clicks.get(urls.claim(c.id)) ?? Infinity) > 3).map((c) => c.id)).toEqual([]);
  });

  test("every published claim keeps its address, and every list its first page's", async () => {
    const registry = await readRegistry(".");
    expect(registry.value.entries.size).toBeGreaterThan(40);
    const { corpus } = await loadCorpus({ root: "." });
    const addresses = [
      ...[...registry.value.entries.keys()].map((id) => urls.claim(id)),
      ...corpus.topics.map((t) => urls.topic(t.id)),
      ...corpus.verdicts.map((v) => urls.verdict(v.id)),
      urls.claimIndex(),
      urls.corrections(),
    ];
    const missing = addresses.filter((url) => !pages.includes(`${url.slice(1)}index.html`));
    expect(missing).toEqual([]);
  });
});

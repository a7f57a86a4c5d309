/**
 * Search in real Chromium against the built site served on 127.0.0.1: what
 * readers type finds the claim they mean, Chinese terms included; a typo gets
 * a working "Did you mean"; and Pagefind loads only once a search box is focused.
 */
import { cp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { mkdtemp } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../../lib/harness/chromium.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";
import { serveSite, type ServedSite } from "../../lib/site/offline-copy/serve.mjs";
import { RESULT_LINKS, searchFor } from "../../lib/harness/search-page.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";

interface ReaderQuery {
  readonly query: string;
  /** A claim that must be among the first three results. */
  readonly claim: string;
  /** True when the claim's own text and explanation find it, without its `alsoKnownAs`. */
  readonly withoutAlsoKnownAs: boolean;
}

const QUERIES: readonly ReaderQuery[] = [
  { query: "china social credit score flights", claim: "low-score-bans-travel", withoutAlsoKnownAs: true },
  { query: "three digit score", claim: "three-digit-score", withoutAlsoKnownAs: true },
  { query: "sesame credit", claim: "sesame-credit-is-government-score", withoutAlsoKnownAs: true },
  { query: "jaywalking cameras", claim: "cameras-dock-points-for-jaywalking", withoutAlsoKnownAs: true },
  { query: "black mirror", claim: "ai-panopticon-black-mirror", withoutAlsoKnownAs: true },
  { query: "deadbeat map", claim: "hebei-deadbeat-map", withoutAlsoKnownAs: true },
  { query: "FICO", claim: "just-a-financial-credit-score", withoutAlsoKnownAs: true },
  { query: "alibaba customer data", claim: "private-data-feeds-state-system", withoutAlsoKnownAs: true },
  { query: "political dissent", claim: "targets-political-dissent", withoutAlsoKnownAs: true },
  { query: "company executives punished", claim: "executives-punished-for-company", withoutAlsoKnownAs: true },
  { query: "social credit 2020", claim: "finished-by-2020", withoutAlsoKnownAs: true },
  { query: "rongcheng", claim: "rongcheng-scoring-mandatory", withoutAlsoKnownAs: true },
  { query: "do chinese care about privacy", claim: "chinese-do-not-care-about-privacy", withoutAlsoKnownAs: true },
  { query: "芝麻信用", claim: "sesame-credit-is-government-score", withoutAlsoKnownAs: true },
  { query: "社会信用体系", claim: "single-national-system", withoutAlsoKnownAs: true },
  { query: "失信被执行人", claim: "blacklisted-barred-from-flights-and-trains", withoutAlsoKnownAs: false },
  // Pagefind indexes a Chinese run in an English page as one word, and matches a query word as a prefix.
  { query: "失信", claim: "only-criminals-blacklisted", withoutAlsoKnownAs: false },
  { query: "老赖", claim: "hebei-deadbeat-map", withoutAlsoKnownAs: false },
  { query: "睢宁", claim: "suining-county-rated-citizens", withoutAlsoKnownAs: false },
  { query: "Zhima Credit", claim: "sesame-credit-is-government-score", withoutAlsoKnownAs: true },
  { query: "orwellian", claim: "white-house-called-it-orwellian", withoutAlsoKnownAs: true },
  { query: "blacklist travel ban", claim: "blacklisted-cannot-travel", withoutAlsoKnownAs: false },
];

const claimUrl = (id: string) => `/claims/${id}/`;

describe.skipIf(!chromePath)(chromePath ? "search in Chromium" : `search in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  for (const { query, claim } of QUERIES) {
    test(`“${query}” finds ${claim} in the top 3`, async () => {
      const page = await site.context().newPage();
      const hrefs = await searchFor(page, site.url(), query);
      expect(hrefs.slice(0, 3)).toContain(claimUrl(claim));
      await page.close();
    });
  }

  test("typing into the header search box leads to the search page with the matching claim first", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/`);
    await page.fill("#_q", "three-digit score");
    await page.press("#_q", "Enter");
    await page.waitForURL(/\/search\/\?q=/);
    const first = page.locator(RESULT_LINKS).first();
    await first.waitFor();
    expect(await first.getAttribute("href")).toBe("/claims/three-digit-score/");
    await page.close();
  });

  test("a claim result shows its verdict badge and summary; a source result its matching excerpts", async () => {
    const page = await site.context().newPage();
    await searchFor(page, site.url(), "three digit score");
    const first = page.locator("#_search-results li.result").first();
    expect(await first.locator(".verdict").textContent()).toMatch(/Verdict: \S/);
    expect((await first.locator(".result__summary").textContent())?.length).toBeGreaterThan(20);
    await searchFor(page, site.url(), "Schufa");
    const excerptLinks = await page.locator(".result__excerpts a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(excerptLinks).toContain("/sources/wikipedia-zhima-credit/#modeled-after-fico");
    await page.close();
  });

  test("a quote is found once, on its source page, not on every claim citing it", async () => {
    const page = await site.context().newPage();
    // Words only in an excerpt that six claims cite (wired-west-got-it-wrong…#pence-quote).
    const hrefs = await searchFor(page, site.url(), "rulers premised");
    expect(hrefs.filter((h) => h.startsWith("/claims/"))).toEqual([]);
    expect(hrefs).toEqual(["/sources/wired-west-got-it-wrong-via-peopleandtech/"]);
    await page.close();
  });

  test("a filter narrows the results to one verdict", async () => {
    const page = await site.context().newPage();
    await searchFor(page, site.url(), "social credit");
    const before = await page.locator(RESULT_LINKS).count();
    const options = await page.getByRole("group", { name: "Verdict" }).locator("label").allTextContents();
    expect(options.map((o) => o.trim()).slice(0, 2)).toEqual(["True", "Mostly true"]);
    await page.getByRole("group", { name: "Verdict" }).getByLabel("False", { exact: true }).check();
    await page.waitForFunction((n) => document.querySelectorAll("#_search-results a.result__title").length !== n, before);
    const labels = await page.locator("#_search-results .verdict").evaluateAll((els) => els.map((e) => e.textContent));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toBe("Verdict: False");
    await page.close();
  });

  test("a misspelt query offers a “Did you mean” link that finds the claim", async () => {
    const page = await site.context().newPage();
    // Pagefind falls back to indexed words that begin the query, single letters included ("j" of
    // "Curtis J. Milhaupt", "a"), so the typo starts with a letter that is never a word on its own.
    const hrefs = await searchFor(page, site.url(), "sesme");
    expect(hrefs).toEqual([]);
    const suggestion = page.locator(".did-you-mean a").first();
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe("sesame");
    await suggestion.click();
    await page.locator(RESULT_LINKS).first().waitFor();
    const found = await page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(found.slice(0, 3)).toContain(claimUrl("sesame-credit-is-government-score"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("sesame");
    await page.close();
  });
});

describe.skipIf(!chromePath)("search code loads only when a search box is focused", () => {
  // Without the service worker, whose background precaching after the first visit is not the page's own loading.
  const site = siteInChromium({ serviceWorkers: "block" });

  for (const [where, path, box] of [
    ["the header box on the home page", "/", "#_q"],
    ["the search page's own box", "/search/", "#_search"],
  ] as const) {
    test(`${where}: no request to /pagefind/ before focus, Pagefind after`, async () => {
      const page = await site.context().newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${site.url()}${path}`, { waitUntil: "networkidle" });
      expect(requested).toContain("/assets/site.js");
      expect(requested.filter((r) => r.startsWith("/pagefind/") || r === "/search/aids.json")).toEqual([]);
      const loaded = page.waitForRequest((r) => r.url().includes("/pagefind/pagefind.js"));
      await page.focus(box);
      await loaded;
      await page.close();
    });
  }
});

describe.skipIf(!chromePath)("queries marked as needing no alsoKnownAs, on a build without it", () => {
  let server: ServedSite;
  let browser: Browser;
  let parent: string;

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "factcheck-no-aka-"));
    const root = path.join(parent, "content");
    for (const dir of ["claims", "sources", "data"]) await cp(dir, path.join(root, dir), { recursive: true });
    for (const name of await readdir(path.join(root, "claims"))) {
      const file = path.join(root, "claims", name);
      // Front matter arrays may span lines: drop from `alsoKnownAs:` to the closing bracket.
      await writeFile(file, (await readFile(file, "utf8")).replace(/^alsoKnownAs:[^\]]*\]\n/m, ""));
    }
    expect((await buildSite({ root, output: path.join(parent, "site"), log: () => {} })).ok).toBe(true);
    server = await serveSite({ root: path.join(parent, "site") });
    browser = await launchChromium({ serviceWorkers: "block" });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(parent, { recursive: true, force: true });
  });

  test("the build really has no alsoKnownAs", async () => {
    const html = await readFile(path.join(parent, "site", "claims", "hebei-deadbeat-map", "index.html"), "utf8");
    expect(html).not.toContain("Also searched as");
  });

  for (const { query, claim } of QUERIES.filter((q) => q.withoutAlsoKnownAs)) {
    test(`“${query}” finds ${claim} in the top 3 on claim text alone`, async () => {
      const page = await browser.context.newPage();
      const hrefs = await searchFor(page, server.origin, query);
      expect(hrefs.slice(0, 3)).toContain(claimUrl(claim));
      await page.close();
    });
  }
});

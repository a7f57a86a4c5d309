/**
 * Search in real Chromium against the built site served on 127.0.0.1: result
 * text, filters, "Did you mean", and Pagefind loading only once a search box is
 * focused. What readers type is tested by the query table (search-table.test.ts).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { SEARCH_SCRIPT_TEXT } from "../../lib/render/interface-text.ts";
import { RESULT_LINKS, searchFor } from "../../lib/harness/search-page.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const claimUrl = (id: string) => `/claims/${id}/`;

describe.skipIf(!chromePath)(chromePath ? "search in Chromium" : `search in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  // One browser for the file. Without the service worker (siteInChromium blocks it): its background precaching
  // after the first visit is not the page's own loading, which the last tests count.
  const site = siteInChromium();

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

  test("ten results show at first; “Show more results” adds the next ten, their page data fetched only then", async () => {
    const page = await site.context().newPage();
    const fragments: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/fragment/")) fragments.push(request.url());
    });
    await searchFor(page, site.url(), "social credit");
    expect(await page.locator(RESULT_LINKS).count()).toBe(10);
    expect(fragments.length).toBe(10);
    const status = page.locator("#_search-status");
    expect(await status.textContent()).toMatch(/^\d+ results for “social credit”, the first 10 shown\.$/);
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.locator(RESULT_LINKS).nth(19).waitFor();
    expect(await page.locator(RESULT_LINKS).count()).toBe(20);
    expect(fragments.length).toBe(20);
    expect(await status.textContent()).toMatch(/, the first 20 shown\.$/);
    // Reading goes on at the first new result.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(await page.locator(RESULT_LINKS).nth(10).getAttribute("href"));
    await page.close();
  });

  for (const [language, searchPath, query] of [
    ["en", "/search/", "social credit"],
    ["zh-hans", "/zh-hans/search/", "社会信用"],
  ] as const) {
    test(`${searchPath}: when the next results' page data cannot be fetched, “Show more” stays usable, focused, and says why`, async () => {
      const page = await site.context().newPage();
      const text = SEARCH_SCRIPT_TEXT[language];
      const failures: string[] = [];
      page.on("pageerror", (error) => failures.push(error.message));
      await searchFor(page, site.url(), query, searchPath);
      expect(await page.locator(RESULT_LINKS).count()).toBe(10);
      // As offline after caching only the first results' fragments.
      await page.route("**/pagefind/fragment/**", (route) => route.abort());
      const button = page.getByRole("button", { name: text.more });
      await button.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((message) => document.getElementById("_search-status")?.textContent?.endsWith(message), text.moreFailed, { timeout: 10_000 });
      expect(await page.locator(RESULT_LINKS).count()).toBe(10);
      expect(await button.isEnabled()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("search-ui__more");
      expect(failures).toEqual([]);
      // Back online, the same button adds the next results.
      await page.unroute("**/pagefind/fragment/**");
      await page.keyboard.press("Enter");
      await page.locator(RESULT_LINKS).nth(19).waitFor();
      await page.close();
    });
  }

  /**
   * In a search page: findMatches on each query as the search page runs it (with the build's common words
   * when `common`), recording which searches Pagefind was asked for.
   */
  async function matchedInPage(queries: readonly string[], common: boolean): Promise<{ common: string[]; runs: { asked: string[]; first?: string; unknown: string[] }[] }> {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/search/`);
    const found = await page.evaluate(
      `(async ({ queries, common }) => {
        const [engine, match, words] = await Promise.all(["search-engine", "search-match", "search-words"].map((m) => import("/assets/" + m + ".js")));
        const { pagefind, aids } = await engine.searchEngine();
        const runs = [];
        for (const query of queries) {
          const asked = [];
          const search = match.searchesOnce({ search: (term, options) => (asked.push(term), pagefind.search(term, options)) });
          const { matches, unknown } = await match.findMatches(search, words.queryWords(query), {}, 10, common ? aids.common.en : {});
          runs.push({ asked: [...new Set(asked)], first: matches[0]?.data?.url, unknown });
        }
        return { common: Object.keys(aids.common.en), runs };
      })(${JSON.stringify({ queries, common })})`,
    );
    await page.close();
    return found as { common: string[]; runs: { asked: string[]; first?: string; unknown: string[] }[] };
  }

  test("each word is checked on a page the ranking loads, with no exact search, though Pagefind shares one data object per page", async () => {
    // Pagefind writes each data() call's locations onto the page's one object: two calls at once
    // for one page (the ranking's and a word's check) both read the later call's.
    const [sesame] = (await matchedInPage(["sesame credit"], false)).runs;
    expect(sesame!.asked.filter((t) => t.startsWith('"'))).toEqual([]);
  });

  test("a word nearly every page holds is not searched for beside rarer ones, only when no page holds them", async () => {
    const { common, runs } = await matchedInPage(["credit score", "crdeitz credit"], true);
    const [score, typo] = runs;
    expect(common).toContain("credit");
    expect(score!.asked).toEqual(["score"]);
    expect(score!.first).toBe(claimUrl("three-digit-score"));
    expect(typo!.asked).toContain("credit");
    expect(typo!.unknown).toEqual(["crdeitz"]);
    expect(typo!.first).toMatch(/^\/claims\//);
  });

  test("a result without the common word says so, and the notice says no page has every word", async () => {
    const page = await site.context().newPage();
    await searchFor(page, site.url(), "zhima wallet china");
    expect(await page.locator("#_search-notes").textContent()).toContain("No page has every word; closest matches:");
    const without = await page.locator(".result__missing").allTextContents();
    expect(without.some((line) => line.includes("china"))).toBe(true);
    await page.close();
  });

  test("with a quoted phrase, rarer words that match nothing fall back to every word's closest matches, and “Did you mean” never offers the query back", async () => {
    const page = await site.context().newPage();
    expect((await searchFor(page, site.url(), '"health code" credit score')).length).toBeGreaterThan(0);
    expect(await page.locator("#_search-notes").textContent()).toContain("No page has every word; closest matches:");
    await searchFor(page, site.url(), '"health code" score');
    expect(await page.locator(".did-you-mean a").allTextContents()).not.toContain('"health code" score');
    await page.close();
  });

  test("when page data cannot be fetched, the search fails without leaving a rejection unhandled", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/search/`);
    await page.route("**/pagefind/fragment/**", (route) => route.abort());
    const unhandled = (await page.evaluate(`(async () => {
      const unhandled = [];
      addEventListener("unhandledrejection", (event) => unhandled.push(String(event.reason)));
      const [engine, match, words] = await Promise.all(["search-engine", "search-match", "search-words"].map((m) => import("/assets/" + m + ".js")));
      const { pagefind } = await engine.searchEngine();
      await match.findMatches(match.searchesOnce(pagefind), words.queryWords("social credit"), {}, 10).catch(() => {});
      // Unhandled rejections are reported after the task that left them.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return unhandled;
    })()`)) as string[];
    expect(unhandled).toEqual([]);
    await page.close();
  });

  test("a quote is found once, on its source page, not on every claim citing it", async () => {
    const page = await site.context().newPage();
    // Words only in an excerpt that six claims cite (wired-west-got-it-wrong…#pence-quote).
    const hrefs = await searchFor(page, site.url(), "rulers premised");
    expect(hrefs[0]).toBe("/sources/wired-west-got-it-wrong-via-peopleandtech/");
    // Other pages may follow as closer matches on one of the words, each saying which it lacks.
    const others = await page.locator("#_search-results li.result").evaluateAll((items) =>
      items.slice(1).map((li) => li.querySelector(".result__missing")?.textContent ?? li.querySelector("a")?.getAttribute("href")),
    );
    for (const other of others) expect(other).toMatch(/^Without: /);
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

  test("a question whose words are not all on any page lists the closest matches, ranked, and says so", async () => {
    const page = await site.context().newPage();
    const hrefs = await searchFor(page, site.url(), "can black mirror cameras track jaywalking in rongcheng");
    expect(hrefs.slice(0, 2).sort()).toEqual([claimUrl("ai-panopticon-black-mirror"), claimUrl("cameras-dock-points-for-jaywalking")]);
    const notes = await page.locator("#_search-notes").textContent();
    expect(notes).toContain("No page has every word; closest matches:");
    expect(notes).toContain("Left out as too common: can, in.");
    expect(await page.locator(".result__missing").first().textContent()).toMatch(/^Without: /);
    await page.close();
  });

  test("a typo beside known words gets a “Did you mean” above the results that finds the corrected query", async () => {
    const page = await site.context().newPage();
    expect((await searchFor(page, site.url(), "socail credit")).length).toBeGreaterThan(0);
    expect(await page.locator("#_search-notes").textContent()).toContain("No page has the word “socail”.");
    const suggestion = page.locator(".did-you-mean a", { hasText: "social credit" });
    await suggestion.click();
    await page.waitForFunction(() => (document.getElementById("_search-status")?.textContent ?? "").includes("“social credit”"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("social credit");
    expect(await page.locator(".did-you-mean").count()).toBe(0);
    expect(await page.locator(RESULT_LINKS).count()).toBeGreaterThan(0);
    await page.close();
  });

  test("a query nothing matches shows the A–Z, every topic and “Suggest this as a claim”, never a bare “No results”", async () => {
    const page = await site.context().newPage();
    await searchFor(page, site.url(), "health code");
    expect(await page.locator("#_search-ways-on").isVisible()).toBe(false);
    expect(await searchFor(page, site.url(), "quokkascore")).toEqual([]);
    const waysOn = page.locator("#_search-ways-on");
    expect(await waysOn.isVisible()).toBe(true);
    expect(await waysOn.getByRole("link", { name: "All claims A–Z" }).getAttribute("href")).toBe("/a-z/");
    const topics = parse(await readFile("data/topics.yaml", "utf8")) as { id: string }[];
    const topicLinks = await waysOn.locator('a[href^="/topics/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(topicLinks).toEqual(topics.map((t) => `/topics/${t.id}/`));
    const suggest = new URL((await waysOn.getByRole("link", { name: "Suggest this as a claim" }).getAttribute("href")) ?? "");
    expect(suggest.pathname).toMatch(/\/issues\/new$/);
    expect(suggest.searchParams.get("claim")).toBe("quokkascore");
    // The form the link opens, and its field the query fills.
    const template = await readFile(`.github/ISSUE_TEMPLATE/${suggest.searchParams.get("template")}`, "utf8");
    expect(parse(template).body.map((b: { id?: string }) => b.id)).toContain("claim");
    await page.close();
  });

  // As offline before the index was saved: the search's first file (the aids), or one Pagefind loads itself.
  for (const [blocked, searchPath, query, claim, failed] of [
    ["**/search/aids.json", "/search/", "sesame credit", "/claims/sesame-credit-is-government-score/", "Search could not finish for “sesame credit”: part of its index did not load."],
    ["**/pagefind/pagefind-entry.json*", "/zh-hans/search/", "芝麻信用", "/zh-hans/claims/sesame-credit-is-government-score/", "未能完成“芝麻信用”的搜索：部分搜索索引无法加载。"],
  ] as const) {
    test(`when ${blocked} cannot load, ${searchPath} says so with the ways on but no claim to suggest, never a blank page; the next search in the page loads it`, async () => {
      const page = await site.context().newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route(blocked, (route) => route.abort());
      await page.goto(`${site.url()}${searchPath}?q=${encodeURIComponent(query)}`);
      await page.locator("#_search-status", { hasText: failed }).waitFor();
      expect(await page.locator("#_search-ways-on").isVisible()).toBe(true);
      // Whether the site has the claim is unknown: suggesting it would ask readers for one that may be here.
      expect(await page.locator("#_search-suggest").isVisible()).toBe(false);
      expect(await page.locator("#_search-results").getAttribute("aria-busy")).toBe("false");
      // Back online: the same query again in the same page, as a reader would retry, without a reload.
      await page.unroute(blocked);
      await page.press("#_search", "Enter");
      await page.locator(`#_search-results a[href="${claim}"]`).first().waitFor();
      expect(await page.locator("#_search-ways-on").isVisible()).toBe(false);
      // Now that search runs, a query nothing matches offers the suggestion again.
      await page.fill("#_search", "quokkascore");
      await page.press("#_search", "Enter");
      await page.locator("#_search-suggest").waitFor({ state: "visible" });
      // Pagefind throws its own failure uncaught as well ("Failed to load Pagefind metadata"); none is the site's.
      expect(errors.filter((e) => !e.includes("Pagefind"))).toEqual([]);
      await page.close();
    });
  }

  test("no result excerpt repeats its heading", async () => {
    const page = await site.context().newPage();
    await searchFor(page, site.url(), "Zhima Credit");
    const excerpts = await page.locator(".result__excerpts li").allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      const start = text.trim().slice(0, 25);
      expect(text.indexOf(start, text.indexOf(start) + 1), text).toBe(-1);
    }
    await page.close();
  });

  describe("what a search fetches", () => {
    test("the filters offered are Pagefind's own, yet a search fetches no filter index until a filter is used, nor the word list while every word is found", async () => {
      const page = await site.context().newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await searchFor(page, site.url(), "social credit");
      await page.waitForLoadState("networkidle");
      expect(requested.filter((r) => r.startsWith("/pagefind/filter/") || r === "/search/terms.json")).toEqual([]);
      const filterLoaded = page.waitForRequest((r) => r.url().includes("/pagefind/filter/"));
      await page.getByRole("group", { name: "Verdict" }).locator("input").first().check();
      await filterLoaded;
      const offered = await page.locator("#_search-filters fieldset").evaluateAll((sets) =>
        Object.fromEntries(sets.map((f) => [f.querySelector("legend")?.textContent, [...f.querySelectorAll("label")].map((l) => l.textContent?.trim())])),
      );
      const indexed = (await page.evaluate(`import("/pagefind/pagefind.js").then((p) => p.filters())`)) as Record<string, Record<string, number>>;
      expect(offered).toEqual({
        Verdict: expect.arrayContaining(Object.keys(indexed.verdict ?? {})),
        Topic: Object.keys(indexed.topic ?? {}).sort(),
        "Source kind": Object.keys(indexed.kind ?? {}).sort(),
      });
      expect(offered.Verdict).toHaveLength(Object.keys(indexed.verdict ?? {}).length);
      await page.close();
    });
  });

  // The search page fetches the index's script ahead (modulepreload: fetched, not run), since a reader there searches,
  // most often arriving with a query from a header box; nothing of the index itself loads before a box is focused.
  describe("search code loads only when a search box is focused", () => {
    for (const [where, path, box, preloaded] of [
      ["the header box on the home page", "/", "#_q", []],
      ["the search page's own box", "/search/", "#_search", ["/pagefind/pagefind.js"]],
    ] as const) {
      test(`${where}: ${preloaded.length ? "only Pagefind's script preloaded" : "no request to /pagefind/"} before focus, the index after`, async () => {
        const page = await site.context().newPage();
        const requested: string[] = [];
        page.on("request", (r) => requested.push(new URL(r.url()).pathname));
        await page.goto(`${site.url()}${path}`, { waitUntil: "networkidle" });
        expect(requested).toContain("/assets/site.js");
        expect(requested.filter((r) => r.startsWith("/pagefind/") || r.startsWith("/search/") && r.endsWith(".json"))).toEqual(preloaded);
        // searchEngine() fetches the aids beside importing Pagefind, which then loads its index.
        const loaded = Promise.all(["/search/aids.json", "/pagefind/pagefind-worker.js"].map((file) => page.waitForRequest((r) => new URL(r.url()).pathname === file)));
        await page.focus(box);
        await loaded;
        await page.close();
      });
    }
  });
});

/**
 * Offline reading through the service worker, in real Chromium: after one
 * visit the whole (small) site and its search work with the server gone and
 * the browser offline; a rebuild with a changed claim replaces page and index
 * together; past the size limit, the reader saves everything with one button.
 * The site is the real one cut to two claims and the sources they cite: a
 * browser caching every file one after another is most of this file's time,
 * and tests/build/service-worker.test.ts checks what the worker lists for the
 * whole real site.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, type ExpectStatic, test } from "vitest";
import type { Page } from "playwright-core";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../../lib/harness/chromium.ts";
import { serveSite } from "../../lib/site/offline-copy/serve.mjs";
import { searchFor } from "../../lib/harness/search-page.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { writeServiceWorker } from "../../lib/site/outputs/service-worker.ts";
import { BuildCache } from "../../lib/site/build-cache.ts";
import { cacheWithWorker } from "../helpers/shared-cache.ts";
import { realClaimsDir } from "../helpers/content-dir.ts";

/** Waits until the service worker has precached everything and controls the page. */
async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** With the server gone and the browser offline: an unvisited claim opens and search answers, in English and in Chinese. */
async function readsOffline(expect: ExpectStatic, page: Page, origin: string): Promise<void> {
  // Emptied first: the browser's own cache keeps Pagefind's files too (sent as immutable) and would answer in place
  // of a worker that had not saved them. Only the worker's caches are read here.
  await (await page.context().newCDPSession(page)).send("Network.clearBrowserCache");
  await page.goto(`${origin}/claims/three-digit-score/`);
  expect(await page.locator("h1").textContent()).toBe("Every Chinese citizen has a three-digit social credit score.");
  const hrefs = await searchFor(page, origin, "sesame credit");
  expect(hrefs.slice(0, 3)).toContain("/claims/sesame-credit-is-government-score/");
  // The Chinese search reads its own index, which the worker must have saved as well.
  const zh = await searchFor(page, origin, "芝麻信用", "/zh-hans/search/");
  expect(zh.slice(0, 3)).toContain("/zh-hans/claims/sesame-credit-is-government-score/");
}

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** The two claims read offline, with the sources they cite. */
const CLAIMS = ["three-digit-score", "sesame-credit-is-government-score"];

// The two tests run side by side, each with its own copy of the site, server and browser: most of their time is
// Chromium caching the site one file after another.
describe.skipIf(!chromePath).concurrent(chromePath ? "offline reading" : `offline reading — skipped: ${SKIP_MESSAGE}`, () => {
  let root: string;
  let built: string;
  let cache: string;
  beforeAll(async () => {
    root = await realClaimsDir(CLAIMS);
    // The content is new to every cache but for the service worker's bundle, which depends on the packages only.
    cache = await cacheWithWorker(path.join(root, "cache"));
    built = path.join(root, "site");
    const log: string[] = [];
    const outcome = await buildSite({ root, output: built, cache, log: (line) => log.push(line) });
    if (!outcome.ok) throw new Error(`The two claims' site did not build:\n${log.join("\n")}`);
  });

  test("past the size limit, “Save everything for offline” shows the size and saves every page and the index, on the English and the Chinese page", async ({ expect }) => {
    const parent = await mkdtemp(path.join(tmpdir(), "factcheck-large-"));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const siteDir = path.join(parent, "site");
    await cp(built, siteDir, { recursive: true });
    // A cache of its own: the other test's rebuild saves into the site's meanwhile.
    const ownCache = await cacheWithWorker(path.join(parent, "cache"), cache);
    await writeServiceWorker(siteDir, "/", { limit: 100_000, cache: await BuildCache.open(ownCache, process.cwd()) });

    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const server = await serveSite({ root: siteDir });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/offline/`);
    await untilOfflineReady(page);
    const button = page.locator("#_offline-save-button");
    expect(await button.textContent()).toMatch(/^Save everything for offline \(\d+\.\d MB\)$/);
    await button.click();
    // Saving the whole site shares the machine with the other test's precache and build, and other files' work.
    await page.locator("#_offline-save-status", { hasText: "Everything is saved" }).waitFor({ timeout: 60_000 });
    // The Chinese page's button runs the same script, in Chinese (everything is saved already, so it is quick).
    const zh = await browser.context.newPage();
    await zh.goto(`${server.origin}/zh-hans/offline/`);
    const zhButton = zh.locator("#_offline-save-button");
    await zh.locator("#_offline-save").waitFor({ state: "visible" });
    expect(await zhButton.textContent()).toMatch(/^保存全站，供离线阅读（\d+\.\d MB）$/);
    await zhButton.click();
    await zh.locator("#_offline-save-status", { hasText: "已全部保存，可以离线阅读。" }).waitFor({ timeout: 60_000 });
    await zh.close();
    await server.close();
    await browser.context.setOffline(true);
    await readsOffline(expect, page, server.origin);
  }, 120_000);

  // One visit's precache serves both halves: filling it is most of this test's time. The rebuild, with one claim
  // changed, is made into a folder of its own while the browser fills it; the restarted server then serves it.
  test("after one visit, an unvisited claim and a search work offline with the server stopped; a rebuild with a changed claim then shows the new text and finds it, after a restart and a reload", async ({ expect }) => {
    const parent = await mkdtemp(path.join(tmpdir(), "factcheck-rebuild-"));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const content = path.join(parent, "content");
    for (const dir of ["claims", "sources", "data"]) await cp(path.join(root, dir), path.join(content, dir), { recursive: true });
    const file = path.join(content, "claims", "three-digit-score.md");
    const changed = "Every Chinese citizen carries a quokkascore, a three-digit social credit score.";
    await writeFile(file, (await readFile(file, "utf8")).replace(/^claim: .*$/m, `claim: "${changed}"`));
    const rebuilt = path.join(parent, "rebuilt");
    const rebuilding = buildSite({ root: content, output: rebuilt, cache, log: () => {} });
    // Awaited below; until then a failure must not count as unhandled.
    rebuilding.catch(() => undefined);

    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const first = await serveSite({ root: built });
    const page = await browser.context.newPage();
    // The home page only: the claim read offline below is one this reader never opened.
    await page.goto(`${first.origin}/`);
    await untilOfflineReady(page);
    await first.close();
    await browser.context.setOffline(true);
    await readsOffline(expect, page, first.origin);
    await page.goto(`${first.origin}/claims/three-digit-score/`);
    await browser.context.setOffline(false);

    expect((await rebuilding).ok).toBe(true);
    const second = await serveSite({ root: rebuilt, port: Number(new URL(first.origin).port) });
    cleanup.push(() => second.close());

    await page.reload();
    // The old worker may answer the reload; the new one takes over and the page reloads itself once.
    await page.waitForFunction((text) => document.querySelector("h1")?.textContent === text, changed, { timeout: 30_000 });
    const hrefs = await searchFor(page, second.origin, "quokkascore");
    expect(hrefs).toEqual(["/claims/three-digit-score/"]);
  }, 120_000);
});

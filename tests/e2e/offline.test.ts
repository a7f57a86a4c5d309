/**
 * Offline reading through the service worker, in real Chromium: after one
 * visit the whole (small) site and its search work with the server gone and
 * the browser offline; a rebuild with a changed claim replaces page and index
 * together.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../helpers/chromium.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { searchFor } from "../helpers/search-page.ts";
import { buildSiteInto } from "../helpers/site-build.ts";
import { writeServiceWorker } from "../../lib/site/outputs/service-worker.ts";

/** Waits until the service worker has precached everything and controls the page. */
async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** With the server gone and the browser offline: an unvisited claim opens and search answers. */
async function readsOffline(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/claims/three-digit-score/`);
  expect(await page.locator("h1").textContent()).toBe("Every Chinese citizen has a three-digit social credit score.");
  const hrefs = await searchFor(page, origin, "sesame credit");
  expect(hrefs.slice(0, 3)).toContain("/claims/sesame-credit-is-government-score/");
}

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe.skipIf(!chromePath)(chromePath ? "offline reading" : `offline reading — skipped: ${SKIP_MESSAGE}`, () => {
  test("after one visit, an unvisited claim and a search work with the server stopped and the browser offline", async () => {
    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const server: StaticServer = await serveStatic(inject("siteDir"));
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await untilOfflineReady(page);
    await server.close();
    await browser.context.setOffline(true);
    await readsOffline(page, server.url);
  });

  test("past the size limit, “Save everything for offline” shows the size and saves every page and the index", async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "factcheck-large-"));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const siteDir = path.join(parent, "site");
    await cp(inject("siteDir"), siteDir, { recursive: true });
    await writeServiceWorker(siteDir, "/", 100_000);

    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const server = await serveStatic(siteDir);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/offline/`);
    await untilOfflineReady(page);
    const button = page.locator("#_offline-save-button");
    expect(await button.textContent()).toMatch(/^Save everything for offline \(\d+\.\d MB\)$/);
    await button.click();
    await page.locator("#_offline-save-status", { hasText: "Everything is saved" }).waitFor({ timeout: 60_000 });
    await server.close();
    await browser.context.setOffline(true);
    await readsOffline(page, server.url);
  }, 120_000);

  test("a rebuild with a changed claim shows the new text and finds it, after a restart and a reload", async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "factcheck-rebuild-"));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const root = path.join(parent, "content");
    for (const dir of ["claims", "sources", "data"]) await cp(dir, path.join(root, dir), { recursive: true });
    const output = path.join(parent, "site");
    buildSiteInto(root, output);

    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const first = await serveStatic(output);
    const page = await browser.context.newPage();
    await page.goto(`${first.url}/claims/three-digit-score/`);
    await untilOfflineReady(page);
    await first.close();

    const file = path.join(root, "claims", "three-digit-score.md");
    const changed = "Every Chinese citizen carries a quokkascore, a three-digit social credit score.";
    await writeFile(file, (await readFile(file, "utf8")).replace(/^claim: .*$/m, `claim: "${changed}"`));
    buildSiteInto(root, output);
    const second = await serveStatic(output, Number(new URL(first.url).port));
    cleanup.push(() => second.close());

    await page.reload();
    // The old worker may answer the reload; the new one takes over and the page reloads itself once.
    await page.waitForFunction((text) => document.querySelector("h1")?.textContent === text, changed, { timeout: 30_000 });
    const hrefs = await searchFor(page, second.url, "quokkascore");
    expect(hrefs).toEqual(["/claims/three-digit-score/"]);
  }, 240_000); // two full builds
});

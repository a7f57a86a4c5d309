/**
 * Search in real Chromium against the built site served on 127.0.0.1.
 * Skipped, with the install command, when no Chromium is available.
 */
import { describe, expect, test } from "vitest";
import { chromePath, SKIP_MESSAGE } from "../helpers/chromium.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const RESULT_LINKS = "pagefind-results a.pf-result-link";

describe.skipIf(!chromePath)(chromePath ? "search in Chromium" : `search in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  test("typing into the header search box finds the matching claim first", async () => {
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

  test("typing into the search page's own box shows results with their claim", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/search/`);
    const input = page.locator("pagefind-input input");
    await input.fill("Sesame Credit");
    const links = page.locator(RESULT_LINKS);
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/claims/sesame-credit-is-government-score/");
    await page.close();
  });
});

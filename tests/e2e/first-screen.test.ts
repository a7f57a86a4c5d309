/**
 * A phone's first screen (390 × 844): on every live claim page, the claim, its
 * verdict and the dateline (published · last reviewed · corrected) are
 * visible without scrolling. The dateline sits with the verdict, before the
 * "What's true" summary, whose length varies, so the check leaves hundreds of
 * pixels to spare and does not hang on font metrics.
 */
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { urls } from "../../lib/render/urls.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const PHONE = { width: 390, height: 844 };

// One test per page: each has its own time limit on a loaded machine, and a failure names the page.
const { corpus } = await loadCorpus({ root: "." });

describe.skipIf(!chromePath)(chromePath ? "a phone's first screen in Chromium" : `a phone's first screen — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  test.for(corpus.claims.map((claim) => claim.id))("%s shows the claim, the verdict and the dateline above the fold at 390 × 844", async (id) => {
    const page = await site.context().newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${site.url()}${urls.claim(id)}`);
    const below: string[] = [];
    for (const selector of [".claim__text", ".verdict-box", ".dateline"]) {
      const box = (await page.locator(selector).boundingBox())!;
      if (box.y + box.height > PHONE.height) below.push(`${selector} ends at ${Math.round(box.y + box.height)} px`);
    }
    await page.close();
    expect(below).toEqual([]);
  });
});

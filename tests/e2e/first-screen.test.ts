/**
 * A phone's first screen (390 × 844): on every live claim page, English and
 * Chinese, the claim, its verdict and the dateline (published · last reviewed
 * · corrected) are visible without scrolling. The dateline sits with the verdict, before the
 * "What's true" summary, whose length varies, so the check leaves hundreds of
 * pixels to spare and does not hang on font metrics.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { pathsIn } from "../../lib/render/urls.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const PHONE = { width: 390, height: 844 };
const FIRST_SCREEN = [".claim__text", ".verdict-box", ".dateline"];

// One test per page: each has its own time limit on a loaded machine, and a failure names the page.
const { corpus } = await loadCorpus({ root: "." });

describe.skipIf(!chromePath)(chromePath ? "a phone's first screen in Chromium" : `a phone's first screen — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();
  // One tab goes from claim to claim, as a reader's does: a new tab for each page took three times as long.
  let page: Page;
  beforeAll(async () => {
    page = await site.context().newPage();
    await page.setViewportSize(PHONE);
  });

  const pages = corpus.claims.flatMap((claim) => [pathsIn.en.claim(claim.id), pathsIn["zh-hans"].claim(claim.id)]);
  test.for(pages)("%s shows the claim, the verdict and the dateline above the fold at 390 × 844", async (url) => {
    await page.goto(`${site.url()}${url}`);
    // Where each box ends; null for one that is missing or not rendered (display: none measures 0 × 0 at the top).
    const bottoms = await page.evaluate(
      (selectors) =>
        selectors.map((s) => {
          const box = document.querySelector(s);
          return box?.checkVisibility() ? box.getBoundingClientRect().bottom : null;
        }),
      FIRST_SCREEN,
    );
    const below = FIRST_SCREEN.flatMap((selector, i) => {
      const bottom = bottoms[i];
      if (bottom === null || bottom === undefined) return [`${selector} is missing or hidden`];
      return bottom > PHONE.height ? [`${selector} ends at ${Math.round(bottom)} px`] : [];
    });
    expect(below).toEqual([]);
  });
});

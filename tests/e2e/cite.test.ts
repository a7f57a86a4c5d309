/**
 * "Cite this" and print in real Chromium: the copy button copies exactly the
 * citation shown; in print, evidence shows and external links print their URL.
 */
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, test } from "vitest";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const CLAIM = "/claims/finished-by-2020/";

describe.skipIf(!chromePath)(chromePath ? "cite and print in Chromium" : `cite and print in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  test("each citation gets a Copy button that copies its text", async () => {
    await site.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url() });
    const page = await site.context().newPage();
    await page.goto(`${site.url()}${CLAIM}`);
    const blocks = page.locator(".cite [data-copy]");
    expect(await page.locator(".cite .copy-button").count()).toBe(await blocks.count());
    const apa = (await blocks.first().textContent())!.trim();
    await page.locator(".cite .copy-button").first().click();
    await expect.poll(() => page.locator(".cite .copy-status").first().textContent()).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    await page.close();
  });

  test("following a claim page's 'Cite this excerpt' link opens that excerpt's citation", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}${CLAIM}`);
    const link = page.locator(".evidence__links a", { hasText: "Cite this excerpt" }).first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL((url) => url.href.endsWith(href));
    const target = page.locator(`[id="${href.split("#")[1]}"]`);
    expect(await target.getAttribute("open")).not.toBeNull();
    // APA first; MLA and Chicago are the source's, with the place.
    expect(await target.locator(".cite__text").first().isVisible()).toBe(true);
    await page.close();
  });

  // The Copy buttons are added by script, so the markup a screen reader meets is the page after it ran.
  test("a source page, its Copy buttons added, is valid HTML (html-validate): no button inside a list", async () => {
    await site.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url() });
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/sources/technode-udemans-blacklists-redlists-2018/`);
    expect(await page.locator(".excerpt__cite .copy-button").count()).toBeGreaterThan(0);
    const html = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    await page.close();
    // Named as a file in the project, so the project's .htmlvalidate.json applies (an unnamed string gets no rules).
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, path.resolve("source-page.html"));
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  test("in print, evidence shows, Cite this hides, and external links print their URL", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}${CLAIM}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".evidence__entry").first().isVisible()).toBe(true);
    expect(await page.locator(".cite").isVisible()).toBe(false);
    const after = await page
      .locator('.evidence__links a[href^="http"]')
      .first()
      .evaluate((a) => ({ href: a.getAttribute("href"), content: getComputedStyle(a, "::after").content }));
    expect(after.content).toBe(`" <${after.href}>"`);
    await page.close();
  });
});

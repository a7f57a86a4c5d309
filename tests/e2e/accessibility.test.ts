/**
 * WCAG 2.2 AA with axe, the security policy in practice, and reading without
 * JavaScript, in real Chromium: every page listed, both colour schemes, the
 * narrowest and a wide width.
 */
import axe from "axe-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";
import { listFiles } from "../helpers/site-files.ts";
import { searchFor } from "../../lib/harness/search-page.ts";

const PAGES: readonly { name: string; open: (page: Page, origin: string) => Promise<unknown> }[] = [
  { name: "home", open: (p, o) => p.goto(`${o}/`) },
  { name: "a claim", open: (p, o) => p.goto(`${o}/claims/sesame-credit-is-government-score/`) },
  { name: "a source", open: (p, o) => p.goto(`${o}/sources/wikipedia-zhima-credit/`) },
  { name: "a topic", open: (p, o) => p.goto(`${o}/topics/${TOPIC}/`) },
  { name: "a source's claims (cited by)", open: (p, o) => p.goto(`${o}/${CITED_BY}`) },
  { name: "methodology", open: (p, o) => p.goto(`${o}/methodology/`) },
  { name: "about", open: (p, o) => p.goto(`${o}/about/`) },
  { name: "the A–Z index", open: (p, o) => p.goto(`${o}/a-z/`) },
  { name: "search with results open", open: (p, o) => searchFor(p, o, "social credit score") },
  { name: "the Chinese home", open: (p, o) => p.goto(`${o}/zh-hans/`) },
  { name: "a Chinese claim", open: (p, o) => p.goto(`${o}/zh-hans/claims/sesame-credit-is-government-score/`) },
  { name: "Chinese search with results open", open: (p, o) => searchFor(p, o, "中国人都有社会信用分吗", "/zh-hans/search/") },
  { name: "a Chinese source", open: (p, o) => p.goto(`${o}/zh-hans/sources/wikipedia-zhima-credit/`) },
  { name: "a Chinese topic", open: (p, o) => p.goto(`${o}/zh-hans/topics/${TOPIC}/`) },
  { name: "the Chinese A–Z index", open: (p, o) => p.goto(`${o}/zh-hans/a-z/`) },
  { name: "the Chinese methodology", open: (p, o) => p.goto(`${o}/zh-hans/methodology/`) },
  { name: "the Chinese about", open: (p, o) => p.goto(`${o}/zh-hans/about/`) },
  { name: "the Chinese corrections", open: (p, o) => p.goto(`${o}/zh-hans/corrections/`) },
  { name: "the Chinese offline page", open: (p, o) => p.goto(`${o}/zh-hans/offline/`) },
];
let TOPIC = "";
let CITED_BY = "";
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [320, 1280] as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The rules whose outcome depends on colours. They are most of axe's time, so they run once per scheme, at the
 * narrowest width, and every other rule at every width: the colours do not depend on the width (width media queries
 * set only layout: tests/site/css-widths.test.ts), and text scaled with the viewport is smallest there, where
 * axe's contrast threshold for small text is the strictest.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const COLOUR_WIDTH = Math.min(...WIDTHS);

/**
 * axe's violations of the WCAG rules (`colour`: with the colour rules) on the page as it is now laid out. axe is
 * put in the page once and run four times (two widths, two schemes): evaluating its 1.3 MB script before each
 * run, as @axe-core/playwright does, took half of this file's time. The site has no frames (asserted).
 */
async function axeViolations(page: Page, colour: boolean): Promise<string[]> {
  // axe.run enters only frames that have axe in them: a frame added later must be checked another way.
  expect(page.frames()).toHaveLength(1);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  // Only violations are reported in full, which spares collecting every passing node.
  const { violations } = await page.evaluate(
    ({ tags, rules }) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations"] }),
    { tags: WCAG_TAGS, rules: Object.fromEntries(COLOUR_RULES.map((id) => [id, { enabled: colour }])) },
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!chromePath)(chromePath ? "accessibility and security in Chromium" : `accessibility — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();
  beforeAll(async () => {
    const home = await site.context().newPage();
    await home.goto(`${site.url()}/`);
    TOPIC = (await home.locator("#topics a").first().getAttribute("href"))!.split("/")[2]!;
    await home.close();
    CITED_BY = (await listFiles(inject("siteDir"))).find((f) => /^sources\/[^/]+\/cited-by\/index\.html$/.test(f))!.replace(/index\.html$/, "");
  });

  /**
   * A page opened and watched for policy violations and script errors as it loads. The next page opens while
   * axe runs on this one, so its loading (and the quiet time the first test waits for) overlaps that work.
   */
  const opening = new Map<number, Promise<{ page: Page; problems: string[] }>>();
  function opened(index: number): Promise<{ page: Page; problems: string[] }> | undefined {
    const entry = PAGES[index];
    if (entry === undefined) return undefined;
    if (!opening.has(index)) {
      const watched = (async () => {
        const page = await site.context().newPage();
        const problems: string[] = [];
        page.on("console", (m) => {
          if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
        });
        page.on("pageerror", (e) => problems.push(e.message));
        await page.exposeFunction("reportViolation", (text: string) => problems.push(text));
        await page.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (e) =>
            (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
          );
        });
        await entry.open(page, site.url());
        return { page, problems };
      })();
      // Its own describe block awaits it and reports a failure; this keeps it from counting as unhandled before then.
      watched.catch(() => undefined);
      opening.set(index, watched);
    }
    return opening.get(index);
  }

  PAGES.forEach(({ name }, index) => {
    describe(name, () => {
      // Each axe case sets its width and colour scheme on the one page, as a reader resizing or switching would.
      let page: Page;
      let problems: string[];
      beforeAll(async () => {
        ({ page, problems } = (await opened(index))!);
        void opened(index + 1);
      });
      afterAll(() => page?.close());

      // First, before axe runs its own script in the page.
      test(`no Content-Security-Policy violation or script error on ${name}`, async () => {
        await page.waitForLoadState("networkidle");
        expect(problems).toEqual([]);
      });

      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          const colour = width === COLOUR_WIDTH;
          test(`axe: 0 violations on ${name}, ${scheme}, ${width} px${colour ? "" : `, colour rules at ${COLOUR_WIDTH} px`}`, async () => {
            await page.setViewportSize({ width, height: 800 });
            await page.emulateMedia({ colorScheme: scheme });
            // WCAG 1.4.10 Reflow: nothing scrolls sideways, even at 320 px.
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
            expect(await axeViolations(page, colour)).toEqual([]);
          });
        }
      }
    });
  });

  test("JSON-LD is data, not script: the policy leaves it readable", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/claims/three-digit-score/`);
    const data = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!));
    expect(data["@type"]).toBe("ClaimReview");
    await page.close();
  });
});

describe.skipIf(!chromePath)("reading without JavaScript", () => {
  const site = siteInChromium({ javaScriptEnabled: false });

  test("a claim page shows the claim, verdict, summary and every quote", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/claims/three-digit-score/`);
    await expect(page.locator("h1").isVisible()).resolves.toBe(true);
    expect(await page.locator(".verdict-box__label").textContent()).toMatch(/Our verdict: \S/);
    expect(await page.locator(".whats-true").isVisible()).toBe(true);
    expect(await page.locator(".evidence .quote").count()).toBeGreaterThan(2);
    await page.close();
  });

  test("the search page says search needs JavaScript and links the A–Z index, which lists claims", async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}/search/`);
    // Playwright's text locators skip <noscript>, so address it by tag.
    const notice = page.locator("noscript p");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain("Search needs JavaScript");
    await notice.locator('a[href="/a-z/"]').click();
    await page.waitForURL(/\/a-z\/$/);
    expect(await page.locator(".claim-card__claim").count()).toBeGreaterThan(20);
    await page.close();
  });
});

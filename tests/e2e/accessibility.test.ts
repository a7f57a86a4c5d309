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
 * axe's colour-contrast rule is most of its time, so in each scheme it runs on the whole page at the narrowest
 * width only. At the wide width the test then checks what that rests on, in the page as laid out: every element
 * shown at both widths keeps its colours and does not shrink its text (text is smallest at the narrowest width, where
 * axe's contrast threshold is strictest), and the rule runs again on what only the wide width shows. Widths between
 * the two are never laid out here: tests/site/css-widths.test.ts reads the style sheet for a width query that sets a
 * colour. Not compared: ::before/::after, and a backdrop another element lends at one width only.
 *
 * In the light scheme every other rule runs at every width (link-in-text-block too, which reads more than colours).
 * The dark scheme changes colours only: in it, axe's rules about colour (SCHEME_RULES) run, and the test checks that
 * each width shows the same elements in the same boxes as in the light scheme, where every other rule ran.
 */
const CONTRAST_RULES = ["color-contrast"];
/** axe's rules of the colour category that WCAG AA asks for: color-contrast and link-in-text-block. */
const SCHEME_RULES = axe.getRules(["cat.color"]).filter((rule) => rule.tags.some((tag) => WCAG_TAGS.includes(tag))).map((rule) => rule.ruleId);
const COLOUR_WIDTH = Math.min(...WIDTHS);
/** The computed styles color-contrast reads, besides the font size. */
const COLOUR_STYLES = ["color", "background-color", "background-image", "opacity", "filter", "mix-blend-mode", "text-shadow", "font-weight", "-webkit-text-fill-color"];
/** Marks the elements only the wide width shows, for the colour rules' second run. */
const WIDE_ONLY = "data-axe-wide-only";

/**
 * axe's violations on the elements `selector` picks, as it is now laid out: the WCAG rules (`"wcag"`) but those
 * in `except`, or only the rules listed. axe is put in the page once and run on it four times (two widths, two
 * schemes): evaluating its 1.3 MB script before each run, as @axe-core/playwright does, took half of this file's
 * time. The site has no frames (asserted).
 */
async function axeViolations(page: Page, rules: "wcag" | readonly string[], { except = [] as readonly string[], selector = "html" } = {}): Promise<string[]> {
  // axe.run enters only frames that have axe in them: a frame added later must be checked another way.
  expect(page.frames()).toHaveLength(1);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const runOnly = rules === "wcag" ? { type: "tag" as const, values: WCAG_TAGS } : { type: "rule" as const, values: [...rules] };
  const disabled = Object.fromEntries(except.map((id) => [id, { enabled: false }]));
  // Only violations are reported in full, which spares collecting every passing node.
  const { violations } = await page.evaluate(
    ({ selector, runOnly, disabled }) => (window as unknown as { axe: typeof axe }).axe.run(selector, { runOnly, rules: disabled, resultTypes: ["violations"] }),
    { selector, runOnly, disabled },
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * In the page: each element's box and whether it is shown, noted under `key` in the light scheme, compared in the
 * dark one (as `tag.class: before → now`), so that what the other rules checked in the light scheme holds in both.
 */
function sameBoxes({ key, note }: { key: string; note: boolean }): string[] {
  const store = window as unknown as { notedBoxes?: Record<string, Map<Element, string>> };
  const boxes = new Map<Element, string>();
  for (const element of document.querySelectorAll("*")) {
    const r = element.getBoundingClientRect();
    boxes.set(element, `${element.checkVisibility({ visibilityProperty: true }) ? "shown" : "hidden"} ${r.x},${r.y} ${r.width}×${r.height}`);
  }
  store.notedBoxes ??= {};
  if (note) {
    store.notedBoxes[key] = boxes;
    return [];
  }
  const noted = store.notedBoxes[key];
  if (!noted) return ["the light scheme's boxes were not noted: its case did not run"];
  const name = (e: Element) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).trim().split(/\s+/).join(".")}` : ""}`;
  const removed = [...noted.keys()].filter((e) => !boxes.has(e)).map((e) => `${name(e)}: removed`);
  return [...removed, ...[...boxes].filter(([e, box]) => noted.get(e) !== box).map(([e, box]) => `${name(e)}: ${noted.get(e) ?? "absent"} → ${box}`)];
}

/** In the page at the colour rules' width: each shown element's colour styles and font size, kept for the wide width. */
function noteColours(styles: readonly string[]): void {
  const noted = new Map<Element, { colours: string; size: number }>();
  for (const element of document.body.querySelectorAll("*")) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const computed = getComputedStyle(element);
    noted.set(element, { colours: styles.map((s) => computed.getPropertyValue(s)).join(" | "), size: Number.parseFloat(computed.fontSize) });
  }
  (window as unknown as { notedColours: typeof noted }).notedColours = noted;
}

/**
 * In the page at a wider width: the elements shown at both widths whose colours differ or whose text is smaller
 * now (as `tag.class: before → now`); the elements shown only now are marked with WIDE_ONLY and counted.
 */
function compareColours({ styles, mark }: { styles: readonly string[]; mark: string }): { changed: string[]; wideOnly: number } {
  const noted = (window as unknown as { notedColours?: Map<Element, { colours: string; size: number }> }).notedColours;
  if (!noted) return { changed: ["the colours at the narrow width were not noted: its case did not run"], wideOnly: 0 };
  const changed: string[] = [];
  let wideOnly = 0;
  for (const element of document.body.querySelectorAll("*")) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const before = noted.get(element);
    if (!before) {
      element.setAttribute(mark, "");
      wideOnly++;
      continue;
    }
    const computed = getComputedStyle(element);
    const colours = styles.map((s) => computed.getPropertyValue(s)).join(" | ");
    const size = Number.parseFloat(computed.fontSize);
    const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().split(/\s+/).join(".")}` : ""}`;
    if (colours !== before.colours) changed.push(`${name}: ${before.colours} → ${colours}`);
    if (size < before.size) changed.push(`${name}: font size ${before.size}px → ${size}px`);
  }
  return { changed, wideOnly };
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
          const light = scheme === "light";
          const rules = light ? (colour ? "every rule" : `every rule but colour-contrast, which runs where it differs from ${COLOUR_WIDTH} px`) : "the colour rules, on the light scheme's boxes";
          test(`axe: 0 violations on ${name}, ${scheme}, ${width} px, ${rules}`, async () => {
            await page.setViewportSize({ width, height: 800 });
            await page.emulateMedia({ colorScheme: scheme });
            // WCAG 1.4.10 Reflow: nothing scrolls sideways, even at 320 px.
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
            const moved = await page.evaluate(sameBoxes, { key: String(width), note: light });
            expect(moved, "elements shown or placed otherwise in the dark scheme: run every rule in it").toEqual([]);
            if (colour) {
              await page.evaluate(noteColours, COLOUR_STYLES);
              expect(await axeViolations(page, light ? "wcag" : SCHEME_RULES)).toEqual([]);
              return;
            }
            const { changed, wideOnly } = await page.evaluate(compareColours, { styles: COLOUR_STYLES, mark: WIDE_ONLY });
            expect(changed, `colours or text sizes that change with the width, not checked by the colour rules at ${COLOUR_WIDTH} px`).toEqual([]);
            const violations = light
              ? await axeViolations(page, "wcag", { except: CONTRAST_RULES })
              : await axeViolations(page, SCHEME_RULES.filter((rule) => !CONTRAST_RULES.includes(rule)));
            if (wideOnly > 0) violations.push(...(await axeViolations(page, CONTRAST_RULES, { selector: `[${WIDE_ONLY}]` })));
            await page.evaluate((mark) => {
              for (const element of document.querySelectorAll(`[${mark}]`)) element.removeAttribute(mark);
            }, WIDE_ONLY);
            expect(violations).toEqual([]);
          });
        }
      }
    });
  });

  test("the dark scheme runs axe's colour rules, contrast and links told apart from text", () => {
    expect(SCHEME_RULES).toEqual(expect.arrayContaining([...CONTRAST_RULES, "link-in-text-block"]));
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

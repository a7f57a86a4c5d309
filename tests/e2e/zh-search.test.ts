/**
 * The Chinese search page in real Chromium, over the reader query table in
 * zh-search-queries.md (beside this file): written by a Chinese-speaking reader
 * researcher before any search tuning, and read here as written. Each row
 * names the claim that should be among the first three results.
 *
 * Pass rate when the table was first run, before any tuning: 63 of 74; after
 * the one tuning step of this issue (a question retried as its words): 71 of 74.
 * On issue 11's search (closest matches, re-ranking on a claim's own phrasings,
 * which Chinese claim pages now carry as `claim` and `aka` meta), with a
 * question's final particle dropped (分吗 is 分): 73 of 74. The row then
 * missed, 中国人都有社会信用分吗, found three-digit-score once the claim's
 * translation gave it as a phrasing (中国人的社会信用分: 中国人 was on other
 * claims' pages, not on this one, which says 中国公民): 74 of 74. Any row
 * failing is a regression.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { searchFor, searchSideBySide } from "../../lib/harness/search-page.ts";
import { pathsIn } from "../../lib/render/urls.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const TABLE = readFileSync(new URL("zh-search-queries.md", import.meta.url), "utf8");
/** `| query | \`claim-id\` | kind | why |` rows. */
const ROWS = [...TABLE.matchAll(/^\| ([^|]+?) \| `([a-z0-9-]+)` \|/gm)].map((m) => ({ query: m[1]!, claim: m[2]! }));

describe.skipIf(!chromePath)(chromePath ? "Chinese search in Chromium" : `Chinese search in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  test("the table has at least 20 queries", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });

  test("each query finds its claim in the first 3 results on /zh-hans/search/", { timeout: 180_000 }, async () => {
    const answers = await searchSideBySide(site.context(), `${site.url()}${pathsIn["zh-hans"].search()}`, ROWS.map((r) => r.query));
    const missed: string[] = [];
    for (const [i, { query, claim }] of ROWS.entries()) {
      if (!(await answers[i]!).slice(0, 3).includes(pathsIn["zh-hans"].claim(claim))) missed.push(query);
    }
    console.info(`Chinese reader queries: ${ROWS.length - missed.length} of ${ROWS.length} find their claim in the top 3; missed: ${missed.join(", ") || "none"}`);
    expect(missed).toEqual([]);
  });

  test("Chinese results link to Chinese claim pages only", async () => {
    const page = await site.context().newPage();
    const hrefs = await searchFor(page, site.url(), "芝麻信用", pathsIn["zh-hans"].search());
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/zh-hans\/claims\/[a-z0-9-]+\/$/);
    await page.close();
  });
});

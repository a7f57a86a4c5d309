/**
 * The Chinese search page in real Chromium, over the reader query table in
 * zh-search-queries.md (beside this file): written by a Chinese-speaking reader
 * researcher before any search tuning, and read here as written. Each row
 * names the claim that should be among the first three results.
 *
 * Pass rate when the table was first run, before any tuning: 63 of 74; after
 * the one tuning step (below): 71 of 74. The rows missed after it are listed
 * in STILL_MISSED; any other row failing is a regression.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { chromePath, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { searchAgain, searchFor } from "../../lib/harness/search-page.ts";
import { pathsIn } from "../../lib/render/urls.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";

const TABLE = readFileSync(new URL("zh-search-queries.md", import.meta.url), "utf8");
/** `| query | \`claim-id\` | kind | why |` rows. */
const ROWS = [...TABLE.matchAll(/^\| ([^|]+?) \| `([a-z0-9-]+)` \|/gm)].map((m) => ({ query: m[1]!, claim: m[2]! }));

/**
 * The rows still missed after tuning (search.js retries a whole question that
 * finds nothing as its words): they find results, but not their claim in the top 3.
 */
const STILL_MISSED = new Set(["社会信用分", "只有老赖才会被限制坐飞机吗", "社会信用体系也管政府官员吗"]);

describe.skipIf(!chromePath)(chromePath ? "Chinese search in Chromium" : `Chinese search in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  const site = siteInChromium();

  test("the table has at least 20 queries, each naming a live claim with a Chinese page", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(ROWS.filter((r) => STILL_MISSED.has(r.query))).toHaveLength(STILL_MISSED.size);
  });

  test("each query finds its claim in the first 3 results on /zh-hans/search/, the known misses excepted", { timeout: 180_000 }, async () => {
    const page = await site.context().newPage();
    await page.goto(`${site.url()}${pathsIn["zh-hans"].search()}`);
    const missed: string[] = [];
    for (const { query, claim } of ROWS) {
      const hrefs = await searchAgain(page, query);
      if (!hrefs.slice(0, 3).includes(pathsIn["zh-hans"].claim(claim))) missed.push(query);
    }
    await page.close();
    console.info(`Chinese reader queries: ${ROWS.length - missed.length} of ${ROWS.length} find their claim in the top 3`);
    expect(missed.filter((q) => !STILL_MISSED.has(q))).toEqual([]);
    expect(ROWS.length - missed.length).toBeGreaterThanOrEqual(20);
  });

  test("Chinese results link to Chinese claim pages only", async () => {
    const page = await site.context().newPage();
    const hrefs = await searchFor(page, site.url(), "芝麻信用", pathsIn["zh-hans"].search());
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/zh-hans\/claims\/[a-z0-9-]+\/$/);
    await page.close();
  });
});

/** Drives the search page in a browser test. */
import type { Page } from "playwright-core";

export const RESULT_LINKS = "#_search-results a.result__title";

/** Opens the search page (`/search/` unless told) with ?q=… and returns the result links' paths, best first, once the results are shown. */
export async function searchFor(page: Page, origin: string, query: string, searchPath = "/search/"): Promise<string[]> {
  await page.goto(`${origin}${searchPath}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.getElementById("_search-status")?.textContent ?? "") !== "");
  return page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
}

/**
 * On a search page already open, runs another query through its form and
 * returns the result paths once the status names that query: no reload, so
 * Pagefind loads once for a whole table of queries.
 */
export async function searchAgain(page: Page, query: string): Promise<string[]> {
  await page.fill("#_search", query);
  await page.press("#_search", "Enter");
  await page.waitForFunction((q) => (document.getElementById("_search-status")?.textContent ?? "").includes(`“${q}”`), query);
  return page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
}

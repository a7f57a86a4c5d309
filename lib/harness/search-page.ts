/** Drives the search page in a browser test. */
import type { Page } from "playwright-core";

export const RESULT_LINKS = "#_search-results a.result__title";

/** Opens /search/?q=… and returns the result links' paths, best first, once the results are shown. */
export async function searchFor(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.getElementById("_search-status")?.textContent ?? "") !== "");
  return page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
}

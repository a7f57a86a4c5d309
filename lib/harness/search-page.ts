/** Drives the search page in a browser test or the benchmark. */
import type { Page } from "playwright-core";

export const RESULT_LINKS = "#_search-results a.result__title";

/** Resolves once the page has shown everything for `query`: results, notes, suggestions. */
async function searchShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      document.getElementById("_search-results")?.getAttribute("aria-busy") === "false" &&
      (document.getElementById("_search-status")?.textContent ?? "").includes(`“${q}”`),
    query.trim(),
  );
}

const resultLinks = (page: Page) => page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));

/** Opens the search page (`/search/` unless told) with ?q=… and returns the result links' paths, best first, once the search has finished. */
export async function searchFor(page: Page, origin: string, query: string, searchPath = "/search/"): Promise<string[]> {
  await page.goto(`${origin}${searchPath}?q=${encodeURIComponent(query)}`);
  await searchShown(page, query);
  return resultLinks(page);
}

/** Types `query` into the search page already open in `page` and submits it; returns the result links' paths. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.fill("#_search", query);
  await page.press("#_search", "Enter");
  await searchShown(page, query);
  return resultLinks(page);
}

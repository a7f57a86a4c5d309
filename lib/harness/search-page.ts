/** Drives the search page in a browser test or the benchmark. */
import type { BrowserContext, Page } from "playwright-core";

export const RESULT_LINKS = "#_search-results a.result__title";

/**
 * Resolves once the page has shown everything for `query`: results, notes, suggestions. Polled on a timer: polling
 * every animation frame (waitForFunction's default) kept the page drawing frames for as long as a search took.
 */
async function searchShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      document.getElementById("_search-results")?.getAttribute("aria-busy") === "false" &&
      (document.getElementById("_search-status")?.textContent ?? "").includes(`“${q}”`),
    query.trim(),
    { polling: 20 },
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
async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.fill("#_search", query);
  await page.press("#_search", "Enter");
  await searchShown(page, query);
  return resultLinks(page);
}

/**
 * Types every query into `tabs` search pages opened side by side at `searchUrl`
 * (Pagefind's searches wait on its web worker, one per page), each page taking
 * the next query once it has shown the last, as a reader types one after another.
 * The result links of each query, in the order given, as they come.
 */
export async function searchSideBySide(context: BrowserContext, searchUrl: string, queries: readonly string[], tabs = 3): Promise<Promise<string[]>[]> {
  const pages = await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      await page.goto(searchUrl);
      return page;
    }),
  );
  const settles: ((page: Page) => void)[] = [];
  const answers = queries.map((query) => new Promise<Page>((resolve) => settles.push(resolve)).then((page) => searchOnPage(page, query)));
  let next = 0;
  for (const page of pages) {
    void (async () => {
      for (let i = next++; i < queries.length; i = next++) {
        settles[i]!(page);
        await answers[i]!.catch(() => undefined);
      }
      await page.close();
    })();
  }
  return answers;
}

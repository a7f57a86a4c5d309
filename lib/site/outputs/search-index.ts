/**
 * Writes the Pagefind index for a built site, through Pagefind's Node API.
 * Pagefind is given each searchable page cut to what it reads
 * (search-feed.ts), in path order, a batch at a time.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageFile } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { searchableHtml } from "./search-feed.ts";

class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** A page model: where its page is written. */
interface Page {
  readonly meta: { readonly path: string };
}

/**
 * The files of the claim and source pages (and the Chinese claim pages, which
 * Pagefind indexes apart by their `lang` and segments as Chinese), by their
 * page models: only their templates mark content with `data-pagefind-body`,
 * so Pagefind indexes nothing else, but it reads every page it is given. So it
 * is given exactly those, in path order, and not list pages, withdrawn claims'
 * pages or redirects.
 */
export function searchablePages(model: { readonly claims: readonly Page[]; readonly sources: readonly Page[]; readonly zhHans: { readonly claims: readonly Page[] } }): string[] {
  return [...model.claims, ...model.sources, ...model.zhHans.claims].map((page) => pageFile(page.meta.path)).sort();
}

/**
 * Pages read and sent at once. Pagefind's service queues every message it
 * receives, so sending every page at once would hold them all in its memory.
 */
const BATCH = 32;

/** Indexes `pages` (files under `siteDir`, in path order). */
export async function writeSearchIndex(siteDir: string, pages: readonly string[], progress?: (done: number, total: number) => void): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH);
      const html = await Promise.all(batch.map((page) => readFile(path.join(siteDir, page), "utf8")));
      // The whole batch is cut before any of it is sent: a page that cannot be cut then leaves no request in flight to reject when Pagefind closes.
      const cut = batch.map((page, i) => searchableHtml(html[i]!, page));
      // Sent in path order, which Pagefind numbers the pages in: the index never depends on the file system's order.
      const added = await Promise.all(batch.map((page, i) => index.addHTMLFile({ sourcePath: page, content: cut[i]! })));
      const failed = added.flatMap((result, i) => result.errors.map((error) => `${batch[i]}: ${error}`));
      if (failed.length > 0) throw new SearchIndexError(`Pagefind failed to index: ${failed.join("; ")}`);
      progress?.(start + batch.length, pages.length);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new SearchIndexError(`Pagefind failed to write: ${written.errors.join("; ")}`);
    return { pages: pages.length };
  } finally {
    await pagefind.close();
  }
}

export const searchIndexStep: OutputStep = {
  name: "search index",
  run: async ({ siteDir, model, progress }) => {
    await writeSearchIndex(siteDir, searchablePages(model), (done, total) => progress?.("indexing pages", done, total));
  },
};

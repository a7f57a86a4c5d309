/** Writes the Pagefind index for a built site, through Pagefind's Node API. */
import path from "node:path";
import * as pagefind from "pagefind";
import type { OutputStep } from "./index.ts";

class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/**
 * Only claim and source pages (and the Chinese claim pages, which Pagefind
 * indexes apart by their `lang` and segments as Chinese) mark their content with `data-pagefind-body`
 * (pages/claim.njk, pages/source.njk), so Pagefind indexes nothing else. It
 * still reads every page it is given, and the list pages are the largest of
 * the site (the home page is megabytes at 10,000 claims), so it is given only
 * the folders those two templates write to.
 */
const SEARCHABLE_PAGES = "{claims,sources,zh-hans/claims}/**/*.html";

/** Indexes the claim and source pages under `siteDir`. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new SearchIndexError(`Pagefind failed to index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new SearchIndexError(`Pagefind failed to write: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export const searchIndexStep: OutputStep = {
  name: "search index",
  run: async ({ siteDir }) => {
    await writeSearchIndex(siteDir);
  },
};

/** Writes the Pagefind index for a built site, through Pagefind's Node API. */
import path from "node:path";
import * as pagefind from "pagefind";
import type { OutputStep } from "./index.ts";

class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/**
 * Only claim and source pages (and the Chinese claim pages, which Pagefind
 * indexes apart by their `lang` and segments as Chinese) mark their content
 * with `data-pagefind-body`, so Pagefind indexes nothing else; but it reads
 * every file it is given. So it is given exactly those pages, one per folder,
 * and not the list pages or a source's paginated "cited by" pages.
 */
const SEARCHABLE_PAGES = "{claims,sources,zh-hans/claims}/*/index.html";

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

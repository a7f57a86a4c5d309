/** Writes the Pagefind index for a built site, through Pagefind's Node API. */
import path from "node:path";
import * as pagefind from "pagefind";
import type { OutputStep } from "./index.ts";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** Indexes every page under `siteDir` that marks its content with `data-pagefind-body`. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
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

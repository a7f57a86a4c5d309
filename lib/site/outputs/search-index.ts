/**
 * Writes the Pagefind index for a built site. Pagefind indexes each language
 * apart (by the page's `lang`) and handles one page at a time, so each
 * language's pages are indexed by a Pagefind process of their own, side by
 * side on worker threads (language-index.ts), and the indexes merged into one
 * folder (search-index-merge.ts): the index of every page by one process, byte
 * for byte (tests/build/search-index.test.ts).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { pageFile } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { mergeSearchIndexes } from "./search-index-merge.ts";

/** A page model: where its page is written. */
interface Page {
  readonly meta: { readonly path: string };
}

/**
 * The files of the claim and source pages, then of the Chinese claim pages
 * (which Pagefind segments as Chinese), by their page models, each language's
 * in path order: only their templates mark content with `data-pagefind-body`,
 * so Pagefind indexes nothing else, but it reads every page it is given. So it
 * is given exactly those, and not list pages, withdrawn claims' pages or
 * redirects.
 */
export function searchablePages(model: {
  readonly claims: readonly Page[];
  readonly sources: readonly Page[];
  readonly zhHans: { readonly claims: readonly Page[] };
}): readonly (readonly string[])[] {
  const files = (pages: readonly Page[]) => pages.map((page) => pageFile(page.meta.path)).sort();
  return [files([...model.claims, ...model.sources]), files(model.zhHans.claims)];
}

/** Indexes one language's pages on a worker thread into `outputPath`; `progress` is told the pages done. */
function indexOnWorker(siteDir: string, pages: readonly string[], outputPath: string, progress: (done: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../workers/search-index-worker.mjs", import.meta.url), { workerData: { siteDir, pages, outputPath } });
    worker.on("message", progress);
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the search index worker stopped with exit code ${code}`))));
  });
}

/**
 * Indexes each language's `pages` (files under `siteDir`; each language's pages
 * in path order) into `siteDir/pagefind`. A site with no searchable page still
 * gets an index, an empty one.
 */
export async function writeSearchIndex(siteDir: string, languages: readonly (readonly string[])[], progress?: (done: number, total: number) => void): Promise<{ pages: number }> {
  const nonEmpty = languages.filter((pages) => pages.length > 0);
  const work = nonEmpty.length > 0 ? nonEmpty : [[]];
  const total = work.reduce((sum, pages) => sum + pages.length, 0);
  const done = work.map(() => 0);
  const parts = work.map((_, i) => path.join(siteDir, `.pagefind-${i}`));
  try {
    // Settled, not raced: a failed language is reported once the other's Pagefind has closed.
    const indexed = await Promise.allSettled(
      work.map((pages, i) =>
        indexOnWorker(siteDir, pages, parts[i]!, (pagesDone) => {
          done[i] = pagesDone;
          progress?.(done.reduce((a, b) => a + b, 0), total);
        }),
      ),
    );
    const failed = indexed.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    await mergeSearchIndexes(parts, path.join(siteDir, "pagefind"));
    return { pages: total };
  } finally {
    await Promise.all(parts.map((part) => rm(part, { recursive: true, force: true })));
  }
}

export const searchIndexStep: OutputStep = {
  name: "search index",
  run: async ({ siteDir, model, progress }) => {
    await writeSearchIndex(siteDir, searchablePages(model), (done, total) => progress?.("indexing pages", done, total));
  },
};

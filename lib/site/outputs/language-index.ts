/**
 * One language's Pagefind index, written by its own Pagefind process (each
 * runs on a worker thread: workers/search-index-worker.mjs). Pagefind is given
 * each page cut to what it reads (search-feed.ts), in path order, a batch at a
 * time.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { searchableHtml } from "./search-feed.ts";
import { SearchIndexError } from "./search-index-merge.ts";

/**
 * Pages read and sent at once. Pagefind's service queues every message it
 * receives, so sending every page at once would hold them all in its memory.
 */
const BATCH = 32;
/**
 * Batches sent and not yet indexed. Pagefind's service handles one message at
 * a time, in the order received: with the next batch queued behind the one it
 * indexes, it never waits for this thread to read and cut pages.
 */
const IN_FLIGHT = 2;

/** Indexes `pages` (files under `siteDir`, in path order) into `outputPath`; `progress` is told the pages done. */
export async function writeLanguageIndex(siteDir: string, pages: readonly string[], outputPath: string, progress?: (done: number) => void): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  const sent: Promise<void>[] = [];
  try {
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH);
      const html = await Promise.all(batch.map((page) => readFile(path.join(siteDir, page), "utf8")));
      // The whole batch is cut before any of it is sent: a page that cannot be cut then sends nothing more.
      const cut = batch.map((page, i) => searchableHtml(html[i]!, page));
      if (sent.length === IN_FLIGHT) await sent.shift();
      // Sent in path order, which Pagefind numbers the pages in: the index never depends on the file system's order.
      const indexed = Promise.all(batch.map((page, i) => index.addHTMLFile({ sourcePath: page, content: cut[i]! }))).then((added) => {
        const failed = added.flatMap((result, i) => result.errors.map((error) => `${batch[i]}: ${error}`));
        if (failed.length > 0) throw new SearchIndexError(`Pagefind failed to index: ${failed.join("; ")}`);
        progress?.(start + batch.length);
      });
      // Awaited in turn, or settled in `finally`: a rejection meanwhile is not unhandled.
      indexed.catch(() => undefined);
      sent.push(indexed);
    }
    while (sent.length > 0) await sent.shift();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(`Pagefind failed to write: ${written.errors.join("; ")}`);
  } finally {
    // Pagefind is closed with nothing in flight: closing rejects every request it has not answered.
    await Promise.allSettled(sent);
    await pagefind.close();
  }
}

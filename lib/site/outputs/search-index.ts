/**
 * Writes the Pagefind index for a built site. Pagefind indexes each language
 * apart (by the page's `<html lang>`) and handles one page at a time, so each
 * language is indexed by a Pagefind process of its own: the largest on this
 * thread, any other on a worker thread beside it (language-index.ts), and the
 * indexes merged into one folder (search-index-merge.ts), the index of every
 * page by one process, byte for byte (tests/build/search-index.test.ts), less
 * the ready-made search interfaces Pagefind writes beside its API.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { pageFile } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeLanguageIndex } from "./language-index.ts";
import { mergeSearchIndexes, SearchIndexError } from "./search-index-merge.ts";

/**
 * Pagefind's ready-made search interfaces and its highlighter, which it writes beside its JavaScript API
 * (pagefind.js, its worker and wasm). The search pages use the API alone (assets/search-engine.js), so these
 * are left out of the site: never published, precached by the service worker or zipped into the offline copy.
 */
export const UNUSED_PAGEFIND_FILES: readonly string[] = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** A page model: where its page is written, and its language where it is not the site's. */
interface Page {
  readonly meta: { readonly path: string; readonly language?: string };
}

/** One language's searchable pages: files under the site folder, in path order. */
export interface LanguagePages {
  /** The pages' `<html lang>`, lower case, as Pagefind names its index. */
  readonly language: string;
  readonly files: readonly string[];
}

/**
 * The files of the claim and source pages, in either language, by their page
 * models, grouped by the language their `<html lang>` gives (the page's own,
 * else the site's): only their templates mark content with
 * `data-pagefind-body`, so Pagefind indexes nothing else, but it reads every
 * page it is given. So it is given exactly those, and not list pages,
 * withdrawn claims' pages or redirects.
 */
export function searchablePages(
  model: { readonly claims: readonly Page[]; readonly sources: readonly Page[]; readonly zhHans: { readonly claims: readonly Page[] } },
  siteLanguage: string,
): LanguagePages[] {
  const groups = new Map<string, string[]>();
  for (const page of [...model.claims, ...model.sources, ...model.zhHans.claims]) {
    const language = (page.meta.language ?? siteLanguage).toLowerCase();
    const files = groups.get(language) ?? [];
    files.push(pageFile(page.meta.path));
    groups.set(language, files);
  }
  return [...groups].map(([language, files]) => ({ language, files: files.sort() }));
}

/** Indexes one language on a worker thread into `outputPath`; `progress` is told the pages done. */
function indexOnWorker({ language, files }: LanguagePages, siteDir: string, outputPath: string, progress: (done: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (why: string) => reject(new SearchIndexError(`the search index of the pages in ${language}: ${why}`));
    const worker = new Worker(new URL("../workers/search-index-worker.mjs", import.meta.url), { workerData: { siteDir, pages: files, outputPath } });
    worker.on("message", progress);
    worker.on("error", (error) => failed(error.message));
    worker.on("exit", (code) => (code === 0 ? resolve() : failed(`its worker stopped with exit code ${code}`)));
  });
}

/**
 * Indexes each language's pages (files under `siteDir`) into `siteDir/pagefind`.
 * A site with no searchable page still gets an index, an empty one (an entry
 * listing no language), on which Pagefind's script fails every search: the
 * search page then says the search could not finish (assets/search.js).
 */
export async function writeSearchIndex(siteDir: string, languages: readonly LanguagePages[], progress?: (done: number, total: number) => void): Promise<{ pages: number }> {
  const nonEmpty = languages.filter(({ files }) => files.length > 0).sort((a, b) => b.files.length - a.files.length);
  const [here, ...others] = nonEmpty.length > 0 ? nonEmpty : [{ language: "", files: [] }];
  const total = nonEmpty.reduce((sum, { files }) => sum + files.length, 0);
  const done = [here!, ...others].map(() => 0);
  const told = (i: number) => (pagesDone: number) => {
    done[i] = pagesDone;
    progress?.(done.reduce((a, b) => a + b, 0), total);
  };
  const parts = done.map((_, i) => path.join(siteDir, `.pagefind-${i}`));
  // Pagefind writes into a folder without emptying it: one left by a run that was stopped (the dev server's) must go first.
  const removeParts = () => Promise.all(parts.map((part) => rm(part, { recursive: true, force: true })));
  await removeParts();
  try {
    // Settled, not raced: a failed language is reported once every Pagefind has closed.
    const indexed = await Promise.allSettled([
      writeLanguageIndex(siteDir, here!.files, parts[0]!, told(0)),
      ...others.map((pages, i) => indexOnWorker(pages, siteDir, parts[i + 1]!, told(i + 1))),
    ]);
    const failed = indexed.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    await Promise.all(parts.flatMap((part) => UNUSED_PAGEFIND_FILES.map((file) => rm(path.join(part, file), { force: true }))));
    await mergeSearchIndexes(parts, path.join(siteDir, "pagefind"));
    return { pages: total };
  } finally {
    await removeParts();
  }
}

export const searchIndexStep: OutputStep = {
  name: "search index",
  run: async ({ siteDir, model, site, progress }) => {
    await writeSearchIndex(siteDir, searchablePages(model, site.language), (done, total) => progress?.("indexing pages", done, total));
  },
};

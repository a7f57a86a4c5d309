/**
 * Hands the corpus to the Eleventy plugin. The build command loads and checks
 * the corpus before Eleventy starts; the plugin then takes that same result
 * instead of reading every file a second time. In watch mode each rebuild
 * loads afresh.
 */
import path from "node:path";
import { loadCorpus, type LoadResult } from "../content/load.ts";

let preloaded: { root: string; result: LoadResult } | undefined;

/** Leaves an already-loaded corpus for the next build of `root`. */
export function provideCorpus(root: string, result: LoadResult): void {
  preloaded = { root: path.resolve(root), result };
}

/** The preloaded corpus for `root` if there is one (used once), else a fresh load. */
export async function takeCorpus(root: string): Promise<LoadResult> {
  const resolved = path.resolve(root);
  if (preloaded?.root === resolved) {
    const { result } = preloaded;
    preloaded = undefined;
    return result;
  }
  return loadCorpus({ root: resolved });
}

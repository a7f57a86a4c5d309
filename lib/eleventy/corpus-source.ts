/**
 * Hands the corpus to the Eleventy plugin and the rendered page models back.
 * The build command loads and checks the corpus before Eleventy starts; the
 * plugin then takes that same result instead of reading every file a second
 * time, and leaves the graph and models it rendered for the output steps the
 * build runs after Eleventy. In watch mode each rebuild loads again, parsing
 * only the files that changed, and the plugin runs the output steps itself.
 */
import path from "node:path";
import { loadCorpus, type LoadResult } from "../content/load.ts";
import type { LoadCache } from "../content/load-cache.ts";
import type { OutputContext } from "../site/outputs/index.ts";

export type RenderedCorpus = Omit<OutputContext, "siteDir">;

interface Handoff {
  readonly root: string;
  readonly result: LoadResult;
  /** Set when the caller runs the output steps after Eleventy (the production build). */
  readonly receive?: (rendered: RenderedCorpus) => void;
}

// Kept on globalThis: a test runner may load this module twice (once for the
// build, once through Eleventy's own import of the config), and both must
// see the same handoff.
const SLOT = Symbol.for("social-credit-fact-check.corpus-handoff");
const slot = globalThis as { [SLOT]?: Handoff };

/**
 * Leaves an already-loaded corpus for the next build of `root`. With
 * `receive`, the plugin hands the rendered models to it instead of running
 * the output steps itself.
 */
export function provideCorpus(root: string, result: LoadResult, receive?: (rendered: RenderedCorpus) => void): void {
  slot[SLOT] = { root: path.resolve(root), result, ...(receive ? { receive } : {}) };
}

/**
 * The preloaded corpus for `root` if there is one (used once), else a fresh
 * load that reuses `cache` for files unchanged since the last one.
 */
export async function takeCorpus(root: string, cache?: LoadCache): Promise<Omit<Handoff, "root">> {
  const resolved = path.resolve(root);
  const preloaded = slot[SLOT];
  if (preloaded?.root === resolved) {
    const { root: _root, ...handoff } = preloaded;
    delete slot[SLOT];
    return handoff;
  }
  return { result: await loadCorpus({ root: resolved, ...(cache ? { cache } : {}) }) };
}

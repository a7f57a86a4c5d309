/**
 * What one build renders: the checked corpus, its page models and the site
 * settings it carries. Eleventy's pages and the output steps read the same
 * value, so the models are computed once per build.
 */
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { buildSiteModel, type SiteModel } from "../render/site-model.ts";
import type { BuildCache } from "./build-cache.ts";
import { formatCitationsAhead } from "./citations-ahead.ts";

export interface RenderedCorpus {
  readonly corpus: Corpus;
  readonly model: SiteModel;
  readonly site: Site;
}

/**
 * The page models of a checked corpus (one whose load was ok), the build's and
 * the dev server's: every citation formatted first, from `cache` where an
 * earlier build formatted it, else on worker threads.
 */
export async function renderCorpus(corpus: Corpus, cache?: BuildCache, progress?: (done: number, total: number) => void): Promise<RenderedCorpus> {
  const { site } = corpus;
  return { corpus, model: buildSiteModel(corpus, site, await formatCitationsAhead(corpus, site, cache, progress)), site };
}

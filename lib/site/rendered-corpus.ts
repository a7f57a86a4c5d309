/**
 * What one build renders: the checked corpus, its page models and the site
 * settings it carries. Eleventy's pages and the output steps read the same
 * value, so the models are computed once per build.
 */
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import type { CitationFormatter } from "../render/cite.ts";
import { buildSiteModel, type SiteModel } from "../render/site-model.ts";

export interface RenderedCorpus {
  readonly corpus: Corpus;
  readonly model: SiteModel;
  readonly site: Site;
}

/** Computes the page models of a checked corpus (one whose load was ok); citations by `format`, a lookup when formatted ahead. */
export function renderCorpus(corpus: Corpus, format?: CitationFormatter): RenderedCorpus {
  const { site } = corpus;
  return { corpus, model: buildSiteModel(corpus, site, format), site };
}

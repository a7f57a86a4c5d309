/**
 * Everything written after Eleventy has rendered the pages, in order. Bulk
 * files (data dumps, citation files, redirects) belong here rather than in
 * Eleventy pagination, so they scale with the number of claims. Steps that
 * read other outputs come after them: the search index reads the pages.
 */
import type { Corpus } from "../../content/corpus.ts";
import type { Site } from "../../content/site.ts";
import type { SiteModel } from "../../render/site-model.ts";
import { searchIndexStep } from "./search-index.ts";
import { citationFilesStep } from "./citation-files.ts";
import { openDataStep } from "./open-data.ts";
import { redirectsStep } from "./redirects.ts";
import { searchAidsStep } from "./search-aids.ts";
import { headersStep } from "./headers.ts";
import { offlineCopyStep } from "./offline-copy.ts";
import { serviceWorkerStep } from "./service-worker.ts";

export interface OutputContext {
  /** The folder Eleventy wrote the pages into. */
  readonly siteDir: string;
  readonly corpus: Corpus;
  readonly model: SiteModel;
  readonly site: Site;
}

export interface OutputStep {
  /** Shown in benchmarks and errors. */
  readonly name: string;
  run(context: OutputContext): Promise<void>;
}

// The offline copy zips the finished site; the service worker comes last so it precaches every file.
export const outputSteps: readonly OutputStep[] = [
  citationFilesStep,
  openDataStep,
  redirectsStep,
  searchIndexStep,
  searchAidsStep,
  headersStep,
  offlineCopyStep,
  serviceWorkerStep,
];

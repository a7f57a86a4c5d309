/**
 * Everything written after Eleventy has rendered the pages, in order. Bulk
 * files (data dumps, citation files, redirects) belong here rather than in
 * Eleventy pagination, so they scale with the number of claims. Steps that
 * read other outputs come after them: the search index reads the pages.
 */
import type { BuildCache } from "../build-cache.ts";
import type { RenderedCorpus } from "../rendered-corpus.ts";
import { searchIndexStep } from "./search-index.ts";
import { citationFilesStep } from "./citation-files.ts";
import { openDataStep } from "./open-data.ts";
import { redirectsStep } from "./redirects.ts";
import { searchAidsStep } from "./search-aids.ts";
import { headersStep } from "./headers.ts";
import { offlineCopyStep } from "./offline-copy.ts";
import { serviceWorkerStep } from "./service-worker.ts";

export interface OutputContext extends RenderedCorpus {
  /** The folder Eleventy wrote the pages into. */
  readonly siteDir: string;
  /** The persistent cache, when the build has one: steps reuse what earlier builds computed. */
  readonly cache?: BuildCache;
  /** Told how far a long step has got: `what` is e.g. "indexing pages". */
  readonly progress?: (what: string, done: number, total?: number) => void;
}

export interface OutputStep {
  /** Shown in benchmarks and errors. */
  readonly name: string;
  run(context: OutputContext): Promise<void>;
}

// The offline copy zips the finished site; the service worker comes last so it precaches every file.
const outputSteps: readonly OutputStep[] = [
  citationFilesStep,
  openDataStep,
  redirectsStep,
  searchIndexStep,
  searchAidsStep,
  headersStep,
  offlineCopyStep,
  serviceWorkerStep,
];

/** Runs one stage; the production build passes a runner that times each. */
type StageRunner = (name: string, run: () => Promise<void>) => Promise<void>;

export interface RunOptions {
  readonly stage?: StageRunner;
  /**
   * False for the dev server: a service worker's cache would answer the page
   * reloads that show each edit (live reload stopped after two or three edits).
   */
  readonly serviceWorker?: boolean | undefined;
}

/** Writes every output of a rendered site, one step after the other: the build and the dev server both run this. */
export async function runOutputs(context: OutputContext, options: RunOptions = {}): Promise<void> {
  const { stage = (_name, run) => run(), serviceWorker = true } = options;
  for (const step of outputSteps) {
    if (step === serviceWorkerStep && !serviceWorker) continue;
    await stage(`output: ${step.name}`, () => step.run(context));
  }
}

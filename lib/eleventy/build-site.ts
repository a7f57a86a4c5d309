/**
 * The production build, as named stages: load and check the content, compute
 * the page models, render the pages with Eleventy into a staging folder, run
 * each output step, then swap the staging folder into place. Nothing touches
 * the output folder unless every stage succeeded, so a failed build never
 * leaves a half-built site. The benchmark times these same stages.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { formatDiagnostic, type Diagnostic } from "../content/diagnostic.ts";
import { loadCorpus } from "../content/load.ts";
import type { SiteOverrides } from "../content/site-overrides.ts";
import { BuildCache } from "../site/build-cache.ts";
import { formatCitationsAhead } from "../site/citations-ahead.ts";
import { runOutputs } from "../site/outputs/index.ts";
import { publish, stagingFolder } from "../site/publish.ts";
import { renderCorpus, type RenderedCorpus } from "../site/rendered-corpus.ts";
import { configure, PAGES_DIR, type EleventyConfig } from "./configure.ts";

export interface BuildOptions {
  /** Folder holding claims/, sources/ and data/. */
  readonly root: string;
  /** Where the finished site goes. */
  readonly output: string;
  /** The deployment's site URL, path prefix and repository (SITE_URL, PATH_PREFIX, REPOSITORY_URL), read by the command. */
  readonly siteOverrides?: SiteOverrides;
  /**
   * A build for publication (`--strict`, the deploy workflow's): a placeholder
   * address fails it, since every permanent link would be dead. Content
   * warnings do not: the checker lets them through review, so they never block a deploy.
   */
  readonly strict?: boolean;
  readonly log: (line: string) => void;
  /** Called around each stage (`check`, `page models`, `eleventy`, `output: <step>`, `publish`), for timing. */
  readonly onStage?: (event: "start" | "end", stage: string) => void;
  /** Called as a stage gets through its items (citations formatted, claim pages rendered, pages indexed…). */
  readonly onProgress?: Progress;
  /** The persistent cache folder (`.cache`): what an earlier build computed is reused from it. None when absent. */
  readonly cache?: string;
}

/** `what` is e.g. "rendering claims"; `total` is undefined where it is not known ahead. */
type Progress = (what: string, done: number, total?: number) => void;

/** A page Eleventy wrote: its template in pages/ and its file, relative to the site folder. */
export interface WrittenPage {
  readonly template: string;
  readonly file: string;
}

export interface BuildOutcome {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The pages Eleventy wrote, when the build succeeded (the benchmark reports their sizes by template). */
  readonly pages?: readonly WrittenPage[];
}

/** Message of an error Eleventy wraps: the innermost cause says what actually went wrong. */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** Eleventy renders every page of `rendered` into `staging`, with the project's one configuration. */
async function renderPages(rendered: RenderedCorpus, staging: string, progress: Progress): Promise<WrittenPage[]> {
  // Every claim page in either language (/claims/… and /zh-hans/claims/…).
  const claimPages = rendered.model.claims.length + rendered.model.withdrawn.length + rendered.model.zhHans.claims.length;
  let done = 0;
  const onPage = (outputPath: string) => {
    if (outputPath.includes(`${path.sep}claims${path.sep}`)) progress("rendering claims", ++done, claimPages);
  };
  const eleventy = new Eleventy(PAGES_DIR, staging, {
    // "cli": Eleventy then honours the output folder given here.
    source: "cli",
    // No config file (not .eleventy.js): this callback is the whole configuration.
    configPath: false,
    config: (eleventyConfig: EleventyConfig) => configure(eleventyConfig, { corpus: async () => rendered, runOutputs: false, serviceWorker: true, onPage }),
    quietMode: true,
    pathPrefix: rendered.site.pathPrefix,
  });
  const [, written] = await eleventy.write();
  return written.flatMap(({ inputPath, outputPath }) =>
    outputPath === false ? [] : [{ template: path.relative(PAGES_DIR, inputPath), file: path.relative(staging, outputPath).split(path.sep).join("/") }],
  );
}

export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    options.onStage?.("start", name);
    const value = await run();
    options.onStage?.("end", name);
    return value;
  };
  const result = await stage("check", () =>
    loadCorpus({
      root: path.resolve(options.root),
      placeholders: true,
      ...(options.siteOverrides ? { siteOverrides: options.siteOverrides } : {}),
    }),
  );
  for (const d of result.diagnostics) options.log(formatDiagnostic(d));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    options.log(`Build stopped: ${errors} error(s) in the content. Nothing was written.`);
    return { ok: false, diagnostics: result.diagnostics };
  }
  if (options.strict && result.diagnostics.some((d) => d.code === "placeholder-address")) {
    options.log("Build stopped: --strict builds for publication, and the site's address is a placeholder. Nothing was written.");
    return { ok: false, diagnostics: result.diagnostics };
  }

  const staging = stagingFolder(options.output);
  await rm(staging, { recursive: true, force: true });
  const progress: Progress = options.onProgress ?? (() => {});
  let pages: WrittenPage[];
  try {
    const cache = options.cache === undefined ? undefined : await BuildCache.open(options.cache, process.cwd());
    const rendered = await stage("page models", async () => {
      const citations = await formatCitationsAhead(result.corpus, result.corpus.site, cache, (done, total) => progress("formatting citations", done, total));
      return renderCorpus(result.corpus, citations);
    });
    pages = await stage("eleventy", () => renderPages(rendered, staging, progress));
    await runOutputs({ ...rendered, siteDir: staging, ...(cache ? { cache } : {}), progress }, { stage });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    options.log(`Build failed: ${rootMessage(error)}`);
    options.log("The previous site was left as it was.");
    return { ok: false, diagnostics: result.diagnostics };
  }
  await stage("publish", () => publish(staging, options.output));
  options.log(`Built ${result.corpus.claims.length} claims and ${result.corpus.sources.length} sources into ${path.relative(process.cwd(), options.output) || "."}.`);
  return { ok: true, diagnostics: result.diagnostics, pages };
}

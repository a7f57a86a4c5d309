/**
 * The production build, as named stages: check the content, render the pages
 * with Eleventy into a staging folder, run each after-build output step, then
 * swap the staging folder into place. Nothing touches the output folder
 * unless every stage succeeded, so a failed build never leaves a half-built
 * site. The benchmark times these same stage functions one by one.
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { formatDiagnostic, type Diagnostic } from "../content/diagnostic.ts";
import { loadCorpus, type LoadResult } from "../content/load.ts";
import { provideCorpus, type RenderedCorpus } from "../eleventy/corpus-source.ts";
import { outputSteps } from "./outputs/index.ts";

export interface BuildOptions {
  /** Folder holding claims/, sources/ and data/. */
  readonly root: string;
  /** Where the finished site goes. */
  readonly output: string;
  readonly log: (line: string) => void;
  /** Called around each stage (`check`, `eleventy`, `output: <step>`, `publish`), for timing. */
  readonly onStage?: (event: "start" | "end", stage: string) => void;
}

export interface BuildOutcome {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** Message of an error Eleventy wraps: the innermost cause says what actually went wrong. */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** Stage 1: load, validate and resolve the content. */
export function checkContent(root: string): Promise<LoadResult> {
  return loadCorpus({ root: path.resolve(root) });
}

/** Stage 2: Eleventy renders every page of the checked corpus into `staging`; returns the models it rendered. */
export async function renderPages(root: string, result: LoadResult, staging: string): Promise<RenderedCorpus> {
  const resolved = path.resolve(root);
  let rendered: RenderedCorpus | undefined;
  provideCorpus(resolved, result, (r) => {
    rendered = r;
  });
  const savedRoot = process.env.FACTCHECK_ROOT;
  process.env.FACTCHECK_ROOT = resolved;
  try {
    const eleventy = new Eleventy("pages", staging, { source: "cli", quietMode: true, configPath: ".eleventy.js" });
    await eleventy.write();
  } finally {
    if (savedRoot === undefined) delete process.env.FACTCHECK_ROOT;
    else process.env.FACTCHECK_ROOT = savedRoot;
  }
  if (!rendered) throw new Error("Eleventy finished without rendering the corpus");
  return rendered;
}

/** The staging folder a build of `output` writes into. */
export function stagingFolder(output: string): string {
  return `${path.resolve(output)}.staging-${process.pid}`;
}

/** Last stage: replaces `output` with `staging`. */
export async function publish(staging: string, output: string): Promise<void> {
  const resolved = path.resolve(output);
  const previous = `${resolved}.previous-${process.pid}`;
  await rename(resolved, previous).catch(() => undefined);
  await rename(staging, resolved);
  await rm(previous, { recursive: true, force: true });
}

export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    options.onStage?.("start", name);
    const value = await run();
    options.onStage?.("end", name);
    return value;
  };
  const result = await stage("check", () => checkContent(options.root));
  for (const d of result.diagnostics) options.log(formatDiagnostic(d));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    options.log(`Build stopped: ${errors} error(s) in the content. Nothing was written.`);
    return { ok: false, diagnostics: result.diagnostics };
  }

  const staging = stagingFolder(options.output);
  await rm(staging, { recursive: true, force: true });
  try {
    const rendered = await stage("eleventy", () => renderPages(options.root, result, staging));
    for (const step of outputSteps) await stage(`output: ${step.name}`, () => step.run({ ...rendered, siteDir: staging }));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    options.log(`Build failed: ${rootMessage(error)}`);
    options.log("The previous site was left as it was.");
    return { ok: false, diagnostics: result.diagnostics };
  }
  await stage("publish", () => publish(staging, options.output));
  options.log(`Built ${result.corpus.claims.length} claims and ${result.corpus.sources.length} sources into ${path.relative(process.cwd(), options.output) || "."}.`);
  return { ok: true, diagnostics: result.diagnostics };
}

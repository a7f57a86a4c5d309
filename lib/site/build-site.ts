/**
 * The production build: check the content, run Eleventy into a staging
 * folder (the plugin writes the search index after it), then swap the
 * staging folder into place. Nothing touches the output folder unless every
 * step succeeded, so a failed build never leaves a half-built site.
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { formatDiagnostic, type Diagnostic } from "../content/diagnostic.ts";
import { loadCorpus } from "../content/load.ts";
import { provideCorpus } from "../eleventy/corpus-source.ts";

export interface BuildOptions {
  /** Folder holding claims/, sources/ and data/. */
  readonly root: string;
  /** Where the finished site goes. */
  readonly output: string;
  readonly log: (line: string) => void;
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

export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const root = path.resolve(options.root);
  const result = await loadCorpus({ root });
  for (const d of result.diagnostics) options.log(formatDiagnostic(d));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    options.log(`Build stopped: ${errors} error(s) in the content. Nothing was written.`);
    return { ok: false, diagnostics: result.diagnostics };
  }
  provideCorpus(root, result);

  const output = path.resolve(options.output);
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const savedRoot = process.env.FACTCHECK_ROOT;
  process.env.FACTCHECK_ROOT = root;
  try {
    const eleventy = new Eleventy("pages", staging, { source: "cli", quietMode: true, configPath: ".eleventy.js" });
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    options.log(`Build failed: ${rootMessage(error)}`);
    options.log("The previous site was left as it was.");
    return { ok: false, diagnostics: result.diagnostics };
  } finally {
    if (savedRoot === undefined) delete process.env.FACTCHECK_ROOT;
    else process.env.FACTCHECK_ROOT = savedRoot;
  }
  await rename(output, previous).catch(() => undefined);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
  options.log(`Built ${result.corpus.claims.length} claims and ${result.corpus.sources.length} sources into ${path.relative(process.cwd(), output) || "."}.`);
  return { ok: true, diagnostics: result.diagnostics };
}

/**
 * Runs one measured job in a fresh process and reports each stage's start and
 * end to the benchmark over IPC, so the parent can time it and sample the
 * memory of this process tree per stage.
 *
 *   stage-child.ts pipeline ROOT OUTPUT PAGES the production build, stage by stage; the pages it wrote, by template, into the JSON file PAGES
 *   stage-child.ts eleventy INPUT OUTPUT      bare Eleventy (bench/baseline/eleventy)
 *   stage-child.ts pagefind SITE              stock Pagefind over a built folder: it finds and reads every page itself
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { buildSite } from "../../lib/eleventy/build-site.ts";

export interface StageMessage {
  readonly event: "start" | "end";
  readonly stage: string;
  /** performance.now() in this process. */
  readonly at: number;
  /** This process's own high-water RSS so far (process.resourceUsage().maxRSS), in kB. */
  readonly maxRssKb: number;
}

function report(event: "start" | "end", stage: string): void {
  const message: StageMessage = { event, stage, at: performance.now(), maxRssKb: process.resourceUsage().maxRSS };
  process.send?.(message);
}

async function timed(stage: string, run: () => Promise<unknown>): Promise<void> {
  report("start", stage);
  await run();
  report("end", stage);
}

/** The floor's Pagefind: what any site pays, `npx pagefind --site` through the Node API, not the build's fed index. */
async function stockPagefind(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
    if (added.errors.length + written.errors.length > 0) throw new Error([...added.errors, ...written.errors].join("; "));
  } finally {
    await pagefind.close();
  }
}

const [mode, first = "", second = "", third = ""] = process.argv.slice(2);
if (mode === "pipeline") {
  const outcome = await buildSite({ root: first, output: second, log: () => {}, onStage: report });
  if (!outcome.ok) throw new Error(`the synthetic corpus did not build: ${outcome.diagnostics.length} diagnostic(s)`);
  await writeFile(third, JSON.stringify(outcome.pages));
} else if (mode === "eleventy") {
  const configPath = path.resolve("bench/baseline/eleventy/eleventy.config.js");
  await timed("eleventy", () => new Eleventy(first, second, { quietMode: true, configPath }).write());
} else if (mode === "pagefind") {
  await timed("pagefind", () => stockPagefind(first));
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.disconnect?.();

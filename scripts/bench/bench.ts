/**
 * `npm run bench -- --claims N [--runs N] [--json] [--search] [--edit] [--keep]`
 *
 * Generates a synthetic corpus of N claims in a temporary folder, runs the
 * production build on it stage by stage in a fresh process (time and memory
 * per stage) and weighs its pages (page-sizes.ts), then the baselines on the same claim bodies as plain Markdown:
 * bare Eleventy (bench/baseline/eleventy), Pagefind over that output, and Hugo
 * when a `hugo` binary is on PATH. `--search` also measures search in
 * Chromium on the generated site; `--edit` times the dev server (`npm start`)
 * from editing one claim to serving its updated page. `--runs N` repeats the
 * build and both baselines N times, one after the other, and reports each
 * stage's median. `--json` ends with one JSON line.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { folderSize, measureProgram, measureStages, medianRun, medianStage, type MeasuredRun, type StageMeasurement } from "./measure.ts";
import { pageSizeLines, pageSizes } from "./page-sizes.ts";
import { measureEdits, type EditMeasurement } from "./edit-timing.ts";
import { measureSearch, type SearchFailure, type SearchMeasurement } from "./search-timing.ts";
import type { WrittenPage } from "../../lib/eleventy/build-site.ts";
import { generateCorpus, type GeneratedClaim } from "../../lib/harness/synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "1000" },
    runs: { type: "string", default: "1" },
    seed: { type: "string" },
    json: { type: "boolean", default: false },
    search: { type: "boolean", default: false },
    edit: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const claims = Number(values.claims);
if (!Number.isInteger(claims) || claims < 1) throw new Error("--claims must be a positive whole number");
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");

const repo = process.cwd();
const work = await mkdtemp(path.join(tmpdir(), `factcheck-bench-${claims}-`));
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The claim bodies as plain Markdown pages with a title: the baselines' input. */
async function writeMarkdownPages(dir: string, generated: readonly GeneratedClaim[], frontMatter: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < generated.length; i += 256) {
    await Promise.all(
      generated
        .slice(i, i + 256)
        .map((c) => writeFile(path.join(dir, `${c.id}.md`), `---\ntitle: ${JSON.stringify(c.claim)}\n${frontMatter}---\n${c.body}\n`)),
    );
  }
}

function hugoOnPath(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

try {
  const content = path.join(work, "content");
  progress(`Generating ${claims} claims in ${work} …`);
  const started = performance.now();
  const generated = await generateCorpus({ root: content, claims, dataDir: path.join(repo, "data"), ...(values.seed ? { seed: Number(values.seed) } : {}) });
  const generateSeconds = (performance.now() - started) / 1000;

  const site = path.join(work, "site");
  const pagesFile = path.join(work, "pages.json");
  const baselineInput = path.join(work, "baseline-eleventy");
  await writeMarkdownPages(path.join(baselineInput, "claims"), generated.claims, "layout: page.njk\n");
  await cp(path.join(repo, "bench/baseline/eleventy/_includes"), path.join(baselineInput, "_includes"), { recursive: true });
  const baselineSite = path.join(work, "baseline-eleventy-site");
  // Each run measures the build and both baselines in turn, so a busy spell on the machine weighs on all three alike.
  const measured: { pipeline: MeasuredRun; eleventy: StageMeasurement; pagefind: StageMeasurement }[] = [];
  for (let run = 1; run <= runs; run++) {
    const of = runs > 1 ? ` (run ${run}/${runs})` : "";
    progress(`Production build, stage by stage${of} …`);
    const pipelineRun = await measureStages(["pipeline", content, site, pagesFile], repo);
    progress(`Baseline: bare Eleventy${of} …`);
    const eleventyRun = (await measureStages(["eleventy", baselineInput, baselineSite], repo)).stages.get("eleventy")!;
    progress(`Baseline: Pagefind over bare Eleventy's output${of} …`);
    const pagefindRun = (await measureStages(["pagefind", baselineSite], repo)).stages.get("pagefind")!;
    measured.push({ pipeline: pipelineRun, eleventy: eleventyRun, pagefind: pagefindRun });
  }
  const pipeline = medianRun(measured.map((m) => m.pipeline));
  const eleventy = medianStage(measured.map((m) => m.eleventy));
  const baselinePagefind = medianStage(measured.map((m) => m.pagefind));
  const written = await folderSize(site);
  const sizes = await pageSizes(site, JSON.parse(await readFile(pagesFile, "utf8")) as WrittenPage[]);

  let hugo: StageMeasurement | undefined;
  if (hugoOnPath()) {
    progress("Baseline: Hugo …");
    const hugoSource = path.join(work, "baseline-hugo");
    await cp(path.join(repo, "bench/baseline/hugo"), hugoSource, { recursive: true });
    await writeMarkdownPages(path.join(hugoSource, "content", "claims"), generated.claims, "");
    hugo = await measureProgram("hugo", ["--source", hugoSource, "--destination", path.join(work, "baseline-hugo-site"), "--quiet"]);
  }

  let search: (SearchMeasurement | SearchFailure)[] | undefined;
  if (values.search) {
    progress("Search in Chromium …");
    search = await measureSearch(site);
  }

  let edit: EditMeasurement | undefined;
  if (values.edit) {
    progress("Dev server: editing one claim …");
    edit = await measureEdits(repo, content, path.join(work, "dev-site"), generated.claims[0]!.id);
  }

  const stages = [...pipeline.stages];
  const total = stages.reduce((sum, [, m]) => sum + m.seconds, 0);
  // The floor: what any Eleventy site searchable with Pagefind costs on the same Markdown.
  const floor = eleventy.seconds + baselinePagefind.seconds;
  const peak = Math.max(pipeline.nodeMaxRssMb, ...stages.map(([, m]) => m.peakRssMb));
  const rows: [string, string, string][] = [
    ["generate corpus (not in total)", generateSeconds.toFixed(2), ""],
    ...stages.map(([name, m]): [string, string, string] => [name, m.seconds.toFixed(2), m.peakRssMb.toFixed(0)]),
    ["total (our pipeline)", total.toFixed(2), peak.toFixed(0)],
    ["baseline: bare Eleventy", eleventy.seconds.toFixed(2), eleventy.peakRssMb.toFixed(0)],
    ["baseline: Pagefind on it", baselinePagefind.seconds.toFixed(2), baselinePagefind.peakRssMb.toFixed(0)],
    ...(hugo ? [["baseline: Hugo", hugo.seconds.toFixed(2), hugo.peakRssMb.toFixed(0)] as [string, string, string]] : []),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = [
    `${claims} claims, ${runs > 1 ? `median of ${runs} runs, ` : ""}${generated.sources} sources, ${generated.excerpts} excerpts, ${generated.topics} topics`,
    `${"stage".padEnd(width)}  ${"seconds".padStart(8)}  ${"peak RSS MB".padStart(11)}`,
    ...rows.map(([name, s, mb]) => `${name.padEnd(width)}  ${s.padStart(8)}  ${mb.padStart(11)}`),
    `written: ${written.files} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MB`,
    `ratio vs the floor (bare Eleventy + Pagefind on it, ${floor.toFixed(2)} s): ${(total / floor).toFixed(2)}×`,
    `ratio vs bare Eleventy: ${(total / eleventy.seconds).toFixed(2)}×${hugo ? `; vs Hugo: ${(total / hugo.seconds).toFixed(2)}×` : "; Hugo not on PATH"}`,
    "Peak RSS: the stage's process tree (Node plus Pagefind's binary), sampled every 50 ms.",
    `Node process high-water mark (getrusage) over the whole build: ${pipeline.nodeMaxRssMb.toFixed(0)} MB.`,
    ...pageSizeLines(sizes),
  ];
  for (const s of search ?? []) {
    if ("error" in s) {
      lines.push(`search "${s.query}": failed: ${s.error}`);
      continue;
    }
    lines.push(
      `search "${s.query}": ${s.searchKb.toFixed(1)} KB (${s.searchKbGzip.toFixed(1)} KB gzipped) in ${s.requests} requests after ${s.pageKb.toFixed(1)} KB of page; ` +
        `${s.ms.toFixed(0)} ms from last key to ${s.results} results (incl. 250 ms debounce); warm, on Enter: ${s.warmMs.toFixed(0)} ms (median of 3)\n  ` +
        `gzipped KB by kind: ${Object.entries(s.fetchedKbGzip).map(([kind, kb]) => `${kind} ${kb.toFixed(1)} (${s.fetched[kind]})`).join(", ")}`,
    );
  }
  if (edit) {
    lines.push(`dev server: first build served after ${(edit.firstBuildMs / 1000).toFixed(1)} s; edit → page updated: ${edit.ms.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (values.json) {
    const json = {
      claims,
      runs,
      stages: Object.fromEntries(stages.map(([name, m]) => [name, { s: round(m.seconds), peak_rss_mb: round(m.peakRssMb, 0) }])),
      total_s: round(total),
      peak_rss_mb: round(peak, 0),
      files: written.files,
      bytes: written.bytes,
      baseline_eleventy_s: round(eleventy.seconds),
      baseline_pagefind_s: round(baselinePagefind.seconds),
      ratio_vs_floor: round(total / floor),
      ratio_vs_eleventy: round(total / eleventy.seconds),
      page_sizes: {
        budget_bytes: sizes.budget,
        largest: sizes.largest,
        templates: Object.fromEntries(sizes.templates.map(({ template, ...t }) => [template, t])),
        precache: sizes.precache,
        first_visit: { page_bytes: sizes.firstVisit.page, page_gzip_bytes: sizes.firstVisit.pageGzip, service_worker_bytes: sizes.firstVisit.serviceWorker },
      },
      ...(hugo ? { hugo_s: round(hugo.seconds), ratio_vs_hugo: round(total / hugo.seconds) } : {}),
      ...(edit ? { edit_to_page_s: edit.ms.map((ms) => round(ms / 1000)), dev_first_build_s: round(edit.firstBuildMs / 1000) } : {}),
      ...(search ? { search: search.map((s) => ("error" in s ? s : { ...s, pageKb: round(s.pageKb, 1), searchKb: round(s.searchKb, 1), searchKbGzip: round(s.searchKbGzip, 1), fetchedKbGzip: Object.fromEntries(Object.entries(s.fetchedKbGzip).map(([k, kb]) => [k, round(kb, 1)])), ms: round(s.ms, 0), warmMs: round(s.warmMs, 0) })) } : {}),
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
  }
} finally {
  if (values.keep) progress(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

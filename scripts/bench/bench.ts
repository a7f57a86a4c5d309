/**
 * `npm run bench -- --claims N [--translated SHARE] [--runs N] [--json] [--search] [--edit] [--keep]`
 *
 * Generates a synthetic corpus of N claims in a temporary folder, a share of
 * them translated into Chinese (`--translated`, default 0.5), runs the
 * production build on it stage by stage in a fresh process (time and memory
 * per stage) and weighs its pages (page-sizes.ts), then the baselines on the same claim bodies as plain Markdown:
 * bare Eleventy (bench/baseline/eleventy), Pagefind over that output, and Hugo
 * when a `hugo` binary is on PATH. The cost of the second language: the build
 * and the floor (bare Eleventy + Pagefind) again on the English files alone,
 * in the same run. `--search` also measures search in
 * Chromium on the generated site; `--edit` times the dev server (`npm start`)
 * from editing one claim to serving its updated page. `--runs N` repeats the
 * build and both baselines N times, one after the other, and reports each
 * stage's median. `--json` ends with one JSON line.
 *
 * `npm run bench -- --site DIR`, DIR a folder an earlier run kept (`--keep`),
 * measures search again on the same corpus without generating it or running
 * the baselines: DIR's content is built once more with the current code (the
 * search page's scripts and aids are part of the build), then searched.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { folderSize, measureProgram, measureStages, medianRun, medianStage, type MeasuredRun, type StageMeasurement } from "./measure.ts";
import { claimPageLine, pageSizeLines, pageSizes } from "./page-sizes.ts";
import { measureEdits, type EditMeasurement } from "./edit-timing.ts";
import { readerChromePath } from "../../lib/harness/chromium.ts";
import { measureSearch, type SearchFailure, type SearchMeasurement } from "./search-timing.ts";
import type { WrittenPage } from "../../lib/eleventy/build-site.ts";
import { generateCorpus, type GeneratedClaim } from "../../lib/harness/synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "1000" },
    translated: { type: "string", default: "0.5" },
    runs: { type: "string", default: "1" },
    seed: { type: "string" },
    json: { type: "boolean", default: false },
    search: { type: "boolean", default: false },
    edit: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    site: { type: "string" },
  },
});
const claims = Number(values.claims);
if (!Number.isInteger(claims) || claims < 1) throw new Error("--claims must be a positive whole number");
const translated = Number(values.translated);
if (!(translated >= 0 && translated <= 1)) throw new Error("--translated must be a share from 0 to 1");
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");

const repo = process.cwd();
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The report's lines for the search measurements. */
function searchLines(search: readonly (SearchMeasurement | SearchFailure)[]): string[] {
  if (search.length === 0) return [];
  return [`search timed in ${readerChromePath}`, ...search.map((s) =>
    "error" in s
      ? `search "${s.query}": failed: ${s.error}`
      : `search "${s.query}": ${s.searchKb.toFixed(1)} KB (${s.searchKbGzip.toFixed(1)} KB gzipped) in ${s.requests} requests after ${s.pageKb.toFixed(1)} KB of page; ` +
        `${s.ms.toFixed(0)} ms from last key to ${s.results} results (incl. 250 ms debounce); warm, on Enter: ${s.warmMs.toFixed(0)} ms (median of 3)\n  ` +
        `gzipped KB by kind: ${Object.entries(s.fetchedKbGzip).map(([kind, kb]) => `${kind} ${kb.toFixed(1)} (${s.fetched[kind]})`).join(", ")}`,
  )];
}

if (values.site) {
  const kept = path.resolve(values.site);
  progress(`Building ${kept}/content again …`);
  const rebuilt = await measureStages(["pipeline", path.join(kept, "content"), path.join(kept, "site"), path.join(kept, "pages.json")], repo);
  progress(`Built in ${[...rebuilt.stages.values()].reduce((sum, m) => sum + m.seconds, 0).toFixed(1)} s. Search in Chromium …`);
  process.stdout.write(`${searchLines(await measureSearch(path.join(kept, "site"))).join("\n")}\n`);
  process.exit(0);
}

const work = await mkdtemp(path.join(tmpdir(), `factcheck-bench-${claims}-`));

/** The claim bodies as plain Markdown pages with a title: the baselines' input. */
async function writeMarkdownPages(dir: string, generated: readonly GeneratedClaim[], frontMatter = ""): Promise<void> {
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
  const generated = await generateCorpus({ root: content, claims, translated, dataDir: path.join(repo, "data"), ...(values.seed ? { seed: Number(values.seed) } : {}) });
  const generateSeconds = (performance.now() - started) / 1000;

  const site = path.join(work, "site");
  const pagesFile = path.join(work, "pages.json");
  // The same English files without the translations: what the second language is measured against.
  const contentEnglish = path.join(work, "content-en");
  await cp(content, contentEnglish, { recursive: true, filter: (file) => !file.endsWith(".zh-hans.md") });
  // The floor's input: each claim body as a page, and each translation as a page in Chinese (Pagefind segments it by its lang).
  const baselineEnglish = path.join(work, "baseline-eleventy-en");
  const baselineInput = path.join(work, "baseline-eleventy");
  await writeMarkdownPages(path.join(baselineEnglish, "claims"), generated.claims, "layout: page.njk\n");
  for (const dir of [baselineEnglish, baselineInput]) {
    await cp(path.join(repo, "bench/baseline/eleventy/_includes"), path.join(dir, "_includes"), { recursive: true });
  }
  await cp(path.join(baselineEnglish, "claims"), path.join(baselineInput, "claims"), { recursive: true });
  await writeMarkdownPages(path.join(baselineInput, "zh-hans", "claims"), generated.translations, "layout: page.njk\nlang: zh-Hans\n");
  /** Bare Eleventy on `input`, then Pagefind over its output. */
  const floorOf = async (input: string, of: string) => {
    const output = `${input}-site`;
    progress(`Baseline: bare Eleventy on ${path.basename(input)}${of} …`);
    const eleventy = (await measureStages(["eleventy", input, output], repo)).stages.get("eleventy")!;
    progress(`Baseline: Pagefind over its output${of} …`);
    const pagefind = (await measureStages(["pagefind", output], repo)).stages.get("pagefind")!;
    return { eleventy, pagefind };
  };
  // Each run measures the builds and the baselines in turn, so a busy spell on the machine weighs on all alike.
  type Floor = Awaited<ReturnType<typeof floorOf>>;
  const measured: { pipeline: MeasuredRun; english: MeasuredRun; floor: Floor; floorEnglish: Floor }[] = [];
  for (let run = 1; run <= runs; run++) {
    const of = runs > 1 ? ` (run ${run}/${runs})` : "";
    progress(`Production build, stage by stage${of} …`);
    const pipelineRun = await measureStages(["pipeline", content, site, pagesFile], repo);
    progress(`Production build of the English files alone${of} …`);
    const englishRun = await measureStages(["pipeline", contentEnglish, path.join(work, "site-en"), path.join(work, "pages-en.json")], repo);
    measured.push({ pipeline: pipelineRun, english: englishRun, floor: await floorOf(baselineInput, of), floorEnglish: await floorOf(baselineEnglish, of) });
  }
  const pipeline = medianRun(measured.map((m) => m.pipeline));
  const english = medianRun(measured.map((m) => m.english));
  const eleventy = medianStage(measured.map((m) => m.floor.eleventy));
  const baselinePagefind = medianStage(measured.map((m) => m.floor.pagefind));
  const floorEnglish = medianStage(measured.map((m) => m.floorEnglish.eleventy)).seconds + medianStage(measured.map((m) => m.floorEnglish.pagefind)).seconds;
  const written = await folderSize(site);
  const sizes = await pageSizes(site, JSON.parse(await readFile(pagesFile, "utf8")) as WrittenPage[]);

  let hugo: StageMeasurement | undefined;
  if (hugoOnPath()) {
    progress("Baseline: Hugo …");
    const hugoSource = path.join(work, "baseline-hugo");
    await cp(path.join(repo, "bench/baseline/hugo"), hugoSource, { recursive: true });
    await writeMarkdownPages(path.join(hugoSource, "content", "claims"), generated.claims);
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
  const englishTotal = [...english.stages.values()].reduce((sum, m) => sum + m.seconds, 0);
  // The floor: what any Eleventy site searchable with Pagefind costs on the same Markdown.
  const floor = eleventy.seconds + baselinePagefind.seconds;
  const peak = Math.max(pipeline.nodeMaxRssMb, ...stages.map(([, m]) => m.peakRssMb));
  const englishSeconds = (name: string) => english.stages.get(name)?.seconds.toFixed(2) ?? "";
  const rows: [string, string, string, string][] = [
    ["generate corpus (not in total)", generateSeconds.toFixed(2), "", ""],
    ...stages.map(([name, m]): [string, string, string, string] => [name, m.seconds.toFixed(2), m.peakRssMb.toFixed(0), englishSeconds(name)]),
    ["total (our pipeline)", total.toFixed(2), peak.toFixed(0), englishTotal.toFixed(2)],
    ["baseline: bare Eleventy", eleventy.seconds.toFixed(2), eleventy.peakRssMb.toFixed(0), ""],
    ["baseline: Pagefind on it", baselinePagefind.seconds.toFixed(2), baselinePagefind.peakRssMb.toFixed(0), ""],
    ["floor (the two baselines)", floor.toFixed(2), "", floorEnglish.toFixed(2)],
    ...(hugo ? [["baseline: Hugo", hugo.seconds.toFixed(2), hugo.peakRssMb.toFixed(0), ""] as [string, string, string, string]] : []),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const cost = (both: number, one: number) => `+${(both - one).toFixed(2)} s (+${((100 * (both - one)) / one).toFixed(0)}%)`;
  const lines = [
    `${claims} claims (${generated.translations.length} also in Chinese), ${runs > 1 ? `median of ${runs} runs, ` : ""}${generated.sources} sources, ${generated.excerpts} excerpts, ${generated.topics} topics`,
    `${"stage".padEnd(width)}  ${"seconds".padStart(8)}  ${"peak RSS MB".padStart(11)}  ${"English only s".padStart(14)}`,
    ...rows.map(([name, s, mb, en]) => `${name.padEnd(width)}  ${s.padStart(8)}  ${mb.padStart(11)}  ${en.padStart(14)}`),
    `written: ${written.files} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MB`,
    `ratio vs the floor (bare Eleventy + Pagefind on it, ${floor.toFixed(2)} s): ${(total / floor).toFixed(2)}×; English only: ${(englishTotal / floorEnglish).toFixed(2)}×`,
    `the second language (${generated.translations.length} Chinese pages): our pipeline ${cost(total, englishTotal)}, the floor ${cost(floor, floorEnglish)}`,
    `ratio vs bare Eleventy: ${(total / eleventy.seconds).toFixed(2)}×${hugo ? `; vs Hugo: ${(total / hugo.seconds).toFixed(2)}×` : "; Hugo not on PATH"}`,
    "Peak RSS: the stage's process tree (Node plus Pagefind's binary), sampled every 50 ms.",
    `Node process high-water mark (getrusage) over the whole build: ${pipeline.nodeMaxRssMb.toFixed(0)} MB.`,
    ...pageSizeLines(sizes),
    claimPageLine(sizes),
  ];
  lines.push(...searchLines(search ?? []));
  if (edit) {
    lines.push(`dev server: first build served after ${(edit.firstBuildMs / 1000).toFixed(1)} s; edit → page updated: ${edit.ms.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")} (timed in ${readerChromePath})`);
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
      second_language: {
        translated: generated.translations.length,
        english_only_s: round(englishTotal),
        english_only_stages: Object.fromEntries([...english.stages].map(([name, m]) => [name, { s: round(m.seconds), peak_rss_mb: round(m.peakRssMb, 0) }])),
        cost_s: round(total - englishTotal),
        floor_english_only_s: round(floorEnglish),
        floor_cost_s: round(floor - floorEnglish),
        ratio_vs_floor_english_only: round(englishTotal / floorEnglish),
      },
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

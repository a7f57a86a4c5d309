/**
 * What a built site weighs to a reader: the largest HTML page overall and per
 * template (against the page budget), what the service worker precaches, and
 * what a first visit to the home page downloads — the page and the files it
 * loads, then the service worker and its precache, fetched in the background.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import type { WrittenPage } from "../../lib/eleventy/build-site.ts";
import { listFiles } from "../../lib/site/built-files.ts";
import { CLAIM_PAGE_BUDGET_BYTES, PAGE_BUDGET_BYTES } from "../../lib/site/page-budget.ts";
import { OFFLINE_MANIFEST_FILE, precachedFiles } from "../../lib/site/outputs/service-worker.ts";

/** HTML files no template wrote: the redirect pages the output steps write. */
const OTHER_PAGES = "(redirects)";

/** The claim page templates, by language: each held to the claim page budget. */
const CLAIM_TEMPLATES = { English: "claim.njk", Chinese: "zh-hans/claim.njk" } as const;

interface Largest {
  readonly file: string;
  readonly bytes: number;
}

export interface PageSizes {
  readonly budget: number;
  readonly largest: Largest & { readonly template: string };
  /** By template, largest page first. */
  readonly templates: readonly (Largest & { readonly template: string; readonly pages: number })[];
  readonly precache: { readonly mode: string; readonly files: number; readonly bytes: number };
  readonly firstVisit: {
    /** The home page and the files it loads (stylesheet, icon, scripts and their imports). */
    readonly page: number;
    /** The same, gzip-compressed as a host would send them. */
    readonly pageGzip: number;
    /** sw.js and the precache, which the worker fetches after the page has loaded. */
    readonly serviceWorker: number;
  };
}

const size = async (siteDir: string, file: string) => (await stat(path.join(siteDir, file))).size;

/** A root-relative URL of the site (no path prefix: the bench builds at "/") as a file. */
const fileOf = (url: string) => url.replace(/^\//, "").replace(/(^|\/)$/, "$1index.html");

/** The home page and every local file it loads, following the static imports of its module scripts. */
async function homeFiles(siteDir: string): Promise<string[]> {
  const home = parse(await readFile(path.join(siteDir, "index.html"), "utf8"));
  const loads = [
    ...home.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]').map((e) => e.getAttribute("href")!),
    ...home.querySelectorAll("script[src]").map((e) => e.getAttribute("src")!),
  ];
  const files = new Set(["index.html"]);
  const queue = loads.filter((url) => url.startsWith("/")).map(fileOf);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith(".js")) continue;
    const code = await readFile(path.join(siteDir, file), "utf8");
    for (const [, target] of code.matchAll(/^import\s[^;]*?["'](\.{1,2}\/[^"']+)["']/gm)) queue.push(path.posix.join(path.posix.dirname(file), target!));
  }
  return [...files];
}

export async function pageSizes(siteDir: string, written: readonly WrittenPage[]): Promise<PageSizes> {
  const templateOf = new Map(written.map((p) => [p.file, p.template]));
  const byTemplate = new Map<string, { template: string; pages: number; file: string; bytes: number }>();
  for (const file of (await listFiles(siteDir)).filter((f) => f.endsWith(".html"))) {
    const template = templateOf.get(file) ?? OTHER_PAGES;
    const bytes = await size(siteDir, file);
    const entry = byTemplate.get(template) ?? { template, pages: 0, file, bytes };
    entry.pages += 1;
    if (bytes > entry.bytes) Object.assign(entry, { file, bytes });
    byTemplate.set(template, entry);
  }
  const templates = [...byTemplate.values()].sort((a, b) => b.bytes - a.bytes || (a.template < b.template ? -1 : 1));

  const precached = await precachedFiles(siteDir);
  const precacheBytes = (await Promise.all(precached.map((f) => size(siteDir, f)))).reduce((n, b) => n + b, 0);
  const manifest = JSON.parse(await readFile(path.join(siteDir, OFFLINE_MANIFEST_FILE), "utf8")) as { mode: string };

  const first = await homeFiles(siteDir);
  const contents = await Promise.all(first.map((f) => readFile(path.join(siteDir, f))));
  return {
    budget: PAGE_BUDGET_BYTES,
    largest: templates[0]!,
    templates,
    precache: { mode: manifest.mode, files: precached.length, bytes: precacheBytes },
    firstVisit: {
      page: contents.reduce((n, c) => n + c.length, 0),
      pageGzip: contents.reduce((n, c) => n + gzipSync(c).length, 0),
      serviceWorker: (await size(siteDir, "sw.js")) + precacheBytes,
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The report's lines for the bench's table. */
export function pageSizeLines(sizes: PageSizes): string[] {
  const { largest, budget } = sizes;
  const verdict = largest.bytes <= budget ? `within the ${kb(budget)} budget` : `OVER the ${kb(budget)} budget`;
  const width = Math.max(...sizes.templates.map((t) => t.template.length));
  return [
    `largest HTML page: ${kb(largest.bytes)} (${largest.bytes} bytes), ${largest.file} (${largest.template}): ${verdict}`,
    "largest page per template:",
    ...sizes.templates.map((t) => `  ${t.template.padEnd(width)}  ${String(t.pages).padStart(6)} pages  ${kb(t.bytes).padStart(9)}  ${t.file}`),
    `service worker (${sizes.precache.mode}): precaches ${sizes.precache.files} files, ${mb(sizes.precache.bytes)}`,
    `first visit to the home page: ${kb(sizes.firstVisit.page)} (${kb(sizes.firstVisit.pageGzip)} gzipped) for the page and what it loads, ` +
      `then ${mb(sizes.firstVisit.serviceWorker)} for the service worker and its precache`,
  ];
}

/** The largest claim page in each language against the claim page budget. */
export function claimPageLine(sizes: PageSizes): string {
  const largest = Object.entries(CLAIM_TEMPLATES).map(([language, template]) => ({ language, page: sizes.templates.find((t) => t.template === template) }));
  const over = largest.some(({ page }) => page !== undefined && page.bytes > CLAIM_PAGE_BUDGET_BYTES);
  const each = largest.map(({ language, page }) => `${language} ${page === undefined ? "none" : `${kb(page.bytes)} (${page.bytes} bytes)`}`);
  return `largest claim page: ${each.join(", ")}: ${over ? "OVER" : "within"} the ${kb(CLAIM_PAGE_BUDGET_BYTES)} budget`;
}

/**
 * Search as a reader meets it, in real Chromium: the built site served over
 * HTTP, a cold cache, a query typed into the search page. Measures the
 * bytes fetched for the search (from the first keystroke until the network is
 * idle after the first results for the full query are shown) and the time
 * from the last keystroke to those results, taken in the page with
 * performance.now().
 *
 * Bytes are those of the files the requests were answered with, read from the
 * built folder: Playwright reports no body size for the requests of
 * Pagefind's web worker (its index chunks and fragments), so its sizes undercount.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../../lib/harness/chromium.ts";
import { RESULT_LINKS } from "../../lib/harness/search-page.ts";
import { serveSite } from "../../lib/site/offline-copy/serve.mjs";

export interface SearchFailure {
  readonly query: string;
  readonly error: string;
}

export interface SearchMeasurement {
  readonly query: string;
  /** Bytes delivered while loading /search/ (HTML, CSS, scripts), before any typing. */
  readonly pageKb: number;
  /** Bytes of the files fetched from the first keystroke until the network was idle after the first results. */
  readonly searchKb: number;
  /** The same files as a host that gzips text would send them (Pagefind's index, fragments and wasm are gzipped already). */
  readonly searchKbGzip: number;
  readonly requests: number;
  /** What those requests fetched, by Pagefind file kind (index chunk, fragment, wasm …). */
  readonly fetched: Readonly<Record<string, number>>;
  /** KB of each kind, as a host that gzips text would send them: where the bytes go. */
  readonly fetchedKbGzip: Readonly<Record<string, number>>;
  /** From the last keystroke to the results for the whole query on screen (includes the UI's debounce). */
  readonly ms: number;
  /** The same query submitted again with Enter on the same page, Pagefind and the index chunks it needs already loaded: the median of three. */
  readonly warmMs: number;
  readonly results: number;
}

/** What readers type: keywords, a question (stop-words left out, partial matches) and a Chinese term in the middle of longer ones. */
const TYPICAL_QUERIES = ["credit score", "blacklist", "court judgment", "can a court ban you from travel by train", "信用"];

const KEY_DELAY_MS = 60;
const RESULTS_TIMEOUT_MS = 120_000;
const WARM_RUNS = 3;
/** Files a static host compresses on the way (the rest are images or Pagefind's gzipped files). */
const TEXTUAL = /\.(?:js|mjs|css|html|json|svg|txt)$|\/$/;

/**
 * The bytes of the file that answers `url` in `siteDir`, as sent plain and as
 * sent gzipped; read at once, so a request is counted before the next step reads the total.
 */
function fileBytes(siteDir: string, url: string): { plain: number; gzip: number } {
  const { pathname } = new URL(url);
  const file = path.join(siteDir, decodeURIComponent(pathname), pathname.endsWith("/") ? "index.html" : "");
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    body = Buffer.alloc(0);
  }
  return { plain: body.byteLength, gzip: TEXTUAL.test(pathname) ? gzipSync(body).byteLength : body.byteLength };
}

/** `fragment`, `index`, `filter`, `wasm` … for Pagefind's files; `other` for the rest. */
function fileKind(url: string): string {
  const { pathname } = new URL(url);
  if (!pathname.startsWith("/pagefind/")) return "page";
  const match = /^\/pagefind\/(?:(fragment|index|filter)\/|(wasm)\.|.*\.(pf_meta|js|css|json)$)/.exec(pathname);
  return match?.[1] ?? match?.[2] ?? match?.[3] ?? "other";
}

/**
 * In-page script (a string, so the TypeScript loader's helpers stay out of
 * it): records the last keystroke and the moment the status line names the
 * whole query with at least one result link shown.
 */
function watchForResults(query: string): string {
  return `(() => {
    const q = ${JSON.stringify(query)};
    const state = { lastKey: 0, shown: 0 };
    window.benchSearch = state;
    document.addEventListener("keydown", () => { state.lastKey = performance.now(); }, true);
    new MutationObserver(() => {
      if (state.shown !== 0) return;
      const status = document.getElementById("_search-status")?.textContent ?? "";
      if (status.includes(q) && document.querySelector(${JSON.stringify(RESULT_LINKS)})) state.shown = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`;
}

/**
 * In-page script: submits the query again with the index warm, resolving to
 * the median milliseconds until the status line names it (no debounce on submit).
 */
function submitAgain(query: string): string {
  return `(async () => {
    const q = ${JSON.stringify(query)};
    const status = document.getElementById("_search-status");
    const input = document.getElementById("_search");
    input.value = q;
    const times = [];
    for (let run = 0; run < ${WARM_RUNS}; run++) {
      status.textContent = "";
      const start = performance.now();
      input.form.requestSubmit();
      await new Promise((resolve) => {
        const check = () => (status.textContent.includes(q) ? resolve() : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  })()`;
}

export async function measureSearch(siteDir: string, queries: readonly string[] = TYPICAL_QUERIES): Promise<(SearchMeasurement | SearchFailure)[]> {
  const server = await serveSite({ root: siteDir });
  const out: (SearchMeasurement | SearchFailure)[] = [];
  try {
    // A fresh browser profile per query: every query starts with a cold cache, as a first visit does.
    for (const query of queries) {
      const browser = await launchChromium({ browser: "reader" });
      try {
        const page = await browser.context.newPage();
        let bytes = 0;
        let gzipBytes = 0;
        let requests = 0;
        let fetched: Record<string, number> = {};
        let fetchedKbGzip: Record<string, number> = {};
        // Playwright reports the requests of Pagefind's web worker on the page too.
        page.on("requestfinished", (request) => {
          const size = fileBytes(siteDir, request.url());
          bytes += size.plain;
          gzipBytes += size.gzip;
          requests += 1;
          const kind = fileKind(request.url());
          fetched[kind] = (fetched[kind] ?? 0) + 1;
          fetchedKbGzip[kind] = (fetchedKbGzip[kind] ?? 0) + size.gzip / 1024;
        });
        await page.goto(`${server.origin}/search/`, { waitUntil: "networkidle" });
        const pageKb = bytes / 1024;
        bytes = 0;
        gzipBytes = 0;
        requests = 0;
        fetched = {};
        fetchedKbGzip = {};
        const input = page.locator("#_search");
        await input.waitFor();
        await page.evaluate(watchForResults(query));
        await input.click();
        await input.pressSequentially(query, { delay: KEY_DELAY_MS });
        await page.waitForFunction(() => (window as unknown as { benchSearch: { shown: number } }).benchSearch.shown > 0, null, {
          timeout: RESULTS_TIMEOUT_MS,
        });
        await page.waitForLoadState("networkidle");
        const timing = await page.evaluate(() => (window as unknown as { benchSearch: { lastKey: number; shown: number } }).benchSearch);
        const results = await page.locator(RESULT_LINKS).count();
        const search = { searchKb: bytes / 1024, searchKbGzip: gzipBytes / 1024, requests, fetched: { ...fetched }, fetchedKbGzip: { ...fetchedKbGzip } };
        const warmMs = (await page.evaluate(submitAgain(query))) as number;
        out.push({ query, pageKb, ...search, ms: timing.shown - timing.lastKey, warmMs, results });
      } catch (error) {
        // One slow or failed query is reported, not allowed to lose the rest of the run.
        out.push({ query, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

/**
 * The service worker's code, bundled by Workbox (`generateSW` runs rollup,
 * babel and terser over its runtime) once per set of options and installed
 * packages, and kept in the build cache: bundling was most of a small
 * build's time, and depends on nothing of the site. Each build then puts its
 * own precache manifest into the bundle.
 *
 * The bundle is made with a one-entry placeholder manifest, whose minified
 * form must appear in it exactly once: a build replaces that one occurrence
 * and fails if there is not exactly one (a Workbox release that writes the
 * manifest differently, a damaged cache file), so a worker never goes out
 * with a placeholder or a stale manifest.
 */
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GeneratePartial, ManifestEntry } from "workbox-build";
import type { BuildCache } from "./build-cache.ts";

/** How the worker behaves; the bundle is always one file (runtime inlined, no source map). */
export type WorkerOptions = Omit<GeneratePartial, "inlineWorkboxRuntime" | "sourcemap">;

const PLACEHOLDER_URL = "factcheck:precache-manifest-placeholder";
/** The placeholder manifest as terser writes it into the bundle. */
const PLACEHOLDER = `[{url:${JSON.stringify(PLACEHOLDER_URL)},revision:${JSON.stringify(PLACEHOLDER_URL)}}]`;
/** The folder of a build cache the bundled runtimes are kept in (tests seed caches with it). */
export const WORKER_BUNDLE_FOLDER = "service-worker";

/**
 * The options as text, for the cache key: functions and regular expressions
 * by their source, which is what Workbox writes into the worker. Values that
 * JSON would drop or flatten into `{}` (class instances) are refused, since
 * two different options must never share a key.
 */
function optionsText(options: WorkerOptions): string {
  return JSON.stringify(options, (key, value: unknown) => {
    if (typeof value === "function" || value instanceof RegExp) return `${typeof value} ${String(value)}`;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
      throw new Error(`Service worker option "${key}" is not plain data, a function or a regular expression, so it cannot be part of a cache key.`);
    }
    return value;
  });
}

/** A copy of the arrays and plain objects in `value`: Workbox fills in defaults in the options it is given, which would change their key. */
function copied<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copied) as T;
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copied(v)])) as T;
  }
  return value;
}

/** Workbox's bundle for `options`, with the placeholder manifest, written through a folder of its own. */
async function bundle(options: WorkerOptions, folder: string): Promise<string> {
  const swDest = path.join(folder, "sw.js");
  // Loaded only to bundle: its bundler (rollup, babel, terser) takes a second or more to load.
  const { generateSW } = await import("workbox-build");
  await generateSW({
    ...copied(options),
    inlineWorkboxRuntime: true,
    sourcemap: false,
    swDest,
    // Nothing is globbed: the placeholder is the whole manifest.
    globDirectory: folder,
    globPatterns: [],
    additionalManifestEntries: [{ url: PLACEHOLDER_URL, revision: PLACEHOLDER_URL }],
  });
  const code = await readFile(swDest, "utf8");
  aroundPlaceholder(code);
  return code;
}

/**
 * The worker's code for `options`, with the placeholder manifest: from the
 * cache when an earlier build bundled the same options with the same
 * installed packages, else bundled now (and kept, when there is a cache).
 */
export async function workerBundle(options: WorkerOptions, cache?: BuildCache): Promise<string> {
  if (!cache) {
    const folder = await mkdtemp(path.join(tmpdir(), "factcheck-sw-"));
    try {
      return await bundle(options, folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  const file = path.join(cache.folder, WORKER_BUNDLE_FOLDER, `${cache.packageKey("service-worker", optionsText(options), PLACEHOLDER)}.js`);
  const cached = await readFile(file, "utf8").catch(() => undefined);
  if (cached !== undefined) return cached;
  // A folder per bundling: builds sharing the cache never write into each other's files.
  const folder = path.join(cache.folder, WORKER_BUNDLE_FOLDER, `bundling-${randomUUID()}`);
  await mkdir(folder, { recursive: true });
  try {
    const code = await bundle(options, folder);
    await rename(path.join(folder, "sw.js"), file);
    return code;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Workbox's manifest as its bundler writes it: the same array literal generateSW would have put in. */
function manifestLiteral(entries: readonly ManifestEntry[]): string {
  return `[${entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision)}}`).join(",")}]`;
}

/** The code before and after the one placeholder manifest; an error unless there is exactly one, and nothing else names it. */
function aroundPlaceholder(bundle: string): [string, string] {
  const parts = bundle.split(PLACEHOLDER);
  const named = bundle.split(PLACEHOLDER_URL).length - 1;
  if (parts.length !== 2 || named !== 2) {
    throw new Error(
      `The service worker's bundle holds its placeholder manifest ${parts.length - 1} times, not once (delete the .cache folder; if that does not help, Workbox writes its manifest differently now).`,
    );
  }
  return [parts[0]!, parts[1]!];
}

/** The worker `bundle` with `entries` as its precache manifest, in place of the placeholder. */
export function withManifest(bundle: string, entries: readonly ManifestEntry[]): string {
  const [before, after] = aroundPlaceholder(bundle);
  // Workbox leaves precaching (and the cleanup of old caches) out of a worker with nothing to precache.
  if (entries.length === 0) throw new Error("The service worker has nothing to precache.");
  return before + manifestLiteral(entries) + after;
}

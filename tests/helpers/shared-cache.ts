/**
 * The build cache of the shared build, opened for tests that run an output
 * step themselves. Every key is content-addressed, so one cache folder serves
 * every test of a run, whatever site it builds: builds of the real content
 * with a change save into it. A build of other content (or settings) reads a
 * copy of it (cacheCopy): a pack keeps only the entries its last build used,
 * so saving into the run's cache would leave the next real-content build
 * nothing of the real site's to reuse.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, inject } from "vitest";
import { BuildCache } from "../../lib/site/build-cache.ts";
import { WORKER_BUNDLE_FOLDER } from "../../lib/site/worker-bundle.ts";

export const sharedCache = (): Promise<BuildCache> => BuildCache.open(inject("buildCache"), process.cwd());

/**
 * Copies the files under `from` into `to`. A real-content build may replace a pack meanwhile, removing its old
 * file: a file gone before it is copied is left out, as a build reading the run's cache then would find it gone
 * (a pack whose file is missing is empty).
 */
async function copyFiles(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
}

/** A copy of the run's cache in `folder` (returned), for a build whose content or settings are not the real site's. */
export async function cacheCopy(folder: string): Promise<string> {
  await copyFiles(inject("buildCache"), folder);
  return folder;
}

/**
 * Makes `folder` a cache that holds nothing any build of content computed,
 * only the service worker's bundled runtime, copied from the cache `from` (by
 * default the shared build's), and returns it. The bundle depends only on the
 * installed packages and the worker's options, never on the site (its key is a
 * package key: lib/site/build-cache.ts), and bundling it (rollup, babel,
 * terser) is most of a small build's time. A build with no cache at all is
 * compared with one that reads the bundle in tests/build/scale.test.ts, and a
 * fresh bundle with a cached one in tests/build/service-worker.test.ts.
 */
export async function cacheWithWorker(folder: string, from: string = inject("buildCache")): Promise<string> {
  const bundles = path.join(from, WORKER_BUNDLE_FOLDER);
  expect(existsSync(bundles), `${bundles} holds the service worker's bundle`).toBe(true);
  await copyFiles(bundles, path.join(folder, WORKER_BUNDLE_FOLDER));
  return folder;
}

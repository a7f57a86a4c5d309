/**
 * The service worker's bundle is made once per (options, installed packages)
 * and kept in the build cache, and a build's manifest goes into it in place of
 * the placeholder, exactly once. Workbox's generateSW is replaced by a stand-in
 * that writes the placeholder manifest as terser does and counts its calls, so
 * every cache hit and miss shows in milliseconds (the real bundling is in
 * tests/build/service-worker.test.ts).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { GeneratePartial, GenerateSWOptions } from "workbox-build";
import type * as BuildCacheModule from "../../lib/site/build-cache.ts";
import type * as WorkerBundleModule from "../../lib/site/worker-bundle.ts";
import { scratchFolder } from "../helpers/scratch-folders.ts";

const bundled = vi.hoisted(() => ({ count: 0 }));
vi.mock("workbox-build", () => ({
  generateSW: async (options: GenerateSWOptions) => {
    bundled.count += 1;
    // As Workbox does: its validation fills in defaults, in the objects it was given.
    for (const rule of options.runtimeCaching ?? []) rule.method ??= "GET";
    const [entry] = options.additionalManifestEntries as [{ url: string; revision: string }];
    const manifest = `[{url:${JSON.stringify(entry.url)},revision:${JSON.stringify(entry.revision)}}]`;
    await writeFile(options.swDest, `precache(${manifest});/* bundle ${bundled.count} */`);
    return { count: 1, filePaths: [options.swDest], size: 0, warnings: [] };
  },
}));

// Unit test files share their modules (vitest.config.ts): load these afresh, so they see the mock, and drop them after.
let BuildCache: typeof BuildCacheModule.BuildCache;
let workerBundle: typeof WorkerBundleModule.workerBundle;
let withManifest: typeof WorkerBundleModule.withManifest;
beforeAll(async () => {
  vi.resetModules();
  ({ BuildCache } = await import("../../lib/site/build-cache.ts"));
  ({ workerBundle, withManifest } = await import("../../lib/site/worker-bundle.ts"));
});
afterAll(() => {
  vi.doUnmock("workbox-build");
  vi.resetModules();
});

const scratch = (): Promise<string> => scratchFolder("factcheck-worker-bundle-");

/** A project folder with a lockfile and a module in lib/, and a cache for it. */
async function project(lockfile: string, code = "export const a = 1;\n"): Promise<{ dir: string; cache: (folder: string) => Promise<BuildCacheModule.BuildCache> }> {
  const dir = await scratch();
  await mkdir(path.join(dir, "lib"));
  await writeFile(path.join(dir, "package-lock.json"), lockfile);
  await writeFile(path.join(dir, "lib", "a.ts"), code);
  return { dir, cache: (folder) => BuildCache.open(folder, dir) };
}

const OPTIONS: GeneratePartial = {
  skipWaiting: true,
  ignoreURLParametersMatching: [/^ts$/],
  runtimeCaching: [
    { urlPattern: ({ request }) => request.mode === "navigate", handler: "NetworkFirst", options: { cacheName: "pages" } },
    { urlPattern: /\/pagefind\//, handler: "CacheFirst", options: { cacheName: "search" } },
  ],
};

test("the same options with the same packages are bundled once, then read from the cache", async () => {
  const cache = await (await project('{"lockfileVersion": 3}')).cache(await scratch());
  const before = bundled.count;
  const first = await workerBundle(OPTIONS, cache);
  const second = await workerBundle(OPTIONS, cache);
  expect(second).toBe(first);
  expect(bundled.count - before).toBe(1);
  expect(await readdir(path.join(cache.folder, "service-worker"))).toHaveLength(1);
});

test("any change of an option bundles again: a value, a nested value, a regular expression, a function's body", async () => {
  const cache = await (await project('{"lockfileVersion": 3}')).cache(await scratch());
  const [navigate, search] = OPTIONS.runtimeCaching!;
  const variants: GeneratePartial[] = [
    OPTIONS,
    { ...OPTIONS, skipWaiting: false },
    { ...OPTIONS, runtimeCaching: [navigate!, { ...search!, options: { cacheName: "search-2" } }] },
    { ...OPTIONS, ignoreURLParametersMatching: [/^t$/] },
    { ...OPTIONS, runtimeCaching: [{ ...navigate!, urlPattern: ({ request }) => request.mode === "no-cors" }, search!] },
  ];
  const before = bundled.count;
  const bundles = new Set<string>();
  for (const options of variants) bundles.add(await workerBundle(options, cache));
  expect(bundles.size).toBe(variants.length);
  expect(bundled.count - before).toBe(variants.length);
  // And each is kept: none of them is bundled again.
  for (const options of variants) await workerBundle(options, cache);
  expect(bundled.count - before).toBe(variants.length);
});

test("another lockfile bundles again; an edit of our code (which holds no Workbox option) does not", async () => {
  const folder = await scratch();
  const base = await (await project('{"lockfileVersion": 3}')).cache(folder);
  const before = bundled.count;
  await workerBundle(OPTIONS, base);
  await workerBundle(OPTIONS, await (await project('{"lockfileVersion": 3}', "export const a = 2;\n")).cache(folder));
  expect(bundled.count - before).toBe(1);
  await workerBundle(OPTIONS, await (await project('{"lockfileVersion": 3, "packages": {}}')).cache(folder));
  expect(bundled.count - before).toBe(2);
});

test("an option that is not plain data, a function or a regular expression is refused: it could not be told apart in a key", async () => {
  const cache = await (await project("{}")).cache(await scratch());
  class Plugin {
    cacheWillUpdate() {
      return Promise.resolve(null);
    }
  }
  const options: GeneratePartial = { runtimeCaching: [{ urlPattern: /x/, handler: "CacheFirst", options: { plugins: [new Plugin()] } }] };
  await expect(workerBundle(options, cache)).rejects.toThrow(/not plain data/);
});

test("a build's manifest takes the placeholder's place; a bundle that holds the placeholder other than once is refused", async () => {
  const cache = await (await project("{}")).cache(await scratch());
  const bundle = await workerBundle(OPTIONS, cache);
  const entries = [
    { url: "index.html", revision: "0123" },
    { url: 'odd "name".html', revision: "4567" },
  ];
  const worker = withManifest(bundle, entries);
  expect(worker).toMatch(/^precache\(\[\{url:"index\.html",revision:"0123"\},\{url:"odd \\"name\\"\.html",revision:"4567"\}\]\);/);
  expect(worker).not.toContain("placeholder");
  expect(() => withManifest(bundle + bundle, entries)).toThrow(/placeholder manifest 2 times, not once/);
  expect(() => withManifest(worker, entries)).toThrow(/placeholder manifest 0 times, not once/);
  expect(() => withManifest(bundle, [])).toThrow(/nothing to precache/);
  // A damaged file in the cache is refused when a build puts its manifest in, never shipped.
  const [file] = await readdir(path.join(cache.folder, "service-worker"));
  await writeFile(path.join(cache.folder, "service-worker", file!), (await readFile(path.join(cache.folder, "service-worker", file!), "utf8")).slice(0, 20));
  await expect(workerBundle(OPTIONS, cache).then((damaged) => withManifest(damaged, entries))).rejects.toThrow(/placeholder manifest 0 times/);
});

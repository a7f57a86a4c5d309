/**
 * The service worker generated over a copy of the real build, in both modes:
 * everything precached (the real, small site) and cache-on-visit (the same
 * site with the limit set below its size). Its bundle comes from the build
 * cache when an earlier build made it: a warm build writes the same worker as
 * a cold one, with this build's manifest, which is the one Workbox computes.
 */
import { createHash } from "node:crypto";
import { appendFile, cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, inject, test } from "vitest";
import { getManifest } from "workbox-build";
import { BuildCache } from "../../lib/site/build-cache.ts";
import { OFFLINE_MANIFEST_FILE, precacheEntries, precachedFiles, writeServiceWorker } from "../../lib/site/outputs/service-worker.ts";
import { serveSite } from "../../lib/site/offline-copy/serve.mjs";
import { sharedCache } from "../helpers/shared-cache.ts";
import { scratchFolder } from "../helpers/scratch-folders.ts";

/** A copy of the shared build, in a folder of its own beside `more` empty ones. */
async function siteCopy(...more: string[]): Promise<{ siteDir: string; folders: string[] }> {
  const parent = await scratchFolder("factcheck-sw-");
  const siteDir = path.join(parent, "site");
  await cp(inject("siteDir"), siteDir, { recursive: true });
  return { siteDir, folders: more.map((name) => path.join(parent, name)) };
}

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

test("the manifest is Workbox's own: getManifest over the precached files gives the same URLs and revisions, in order", async () => {
  const siteDir = inject("siteDir");
  const entries = await precacheEntries(siteDir);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: siteDir,
    globPatterns: entries.map((e) => e.url.replace(/[*?[\]{}()!@+]/g, "\\$&")),
    globIgnores: [],
  });
  expect(warnings).toEqual([]);
  expect(entries).toEqual(manifestEntries);
});

test("a cold and a warm build write the same worker, the warm one from the cached bundle, which must hold its placeholder once", async () => {
  const { siteDir, folders } = await siteCopy("cache");
  const cache = await BuildCache.open(folders[0]!, process.cwd());
  await writeServiceWorker(siteDir, "/", { cache });
  const cold = await readFile(path.join(siteDir, "sw.js"), "utf8");
  const bundles = path.join(folders[0]!, "service-worker");
  const kept = await readdir(bundles);
  expect(kept).toHaveLength(1);
  await writeServiceWorker(siteDir, "/", { cache });
  expect(await readFile(path.join(siteDir, "sw.js"), "utf8")).toBe(cold);
  expect(await readFile(path.join(inject("siteDir"), "sw.js"), "utf8")).toBe(cold);
  // The warm build read the kept bundle: damaged, it fails the build rather than ship a worker without this manifest.
  const bundle = path.join(bundles, kept[0]!);
  await writeFile(bundle, (await readFile(bundle, "utf8")).replace("precache-manifest-placeholder", "damaged"));
  await expect(writeServiceWorker(siteDir, "/", { cache })).rejects.toThrow(/placeholder manifest 0 times, not once/);
});

test("a changed page gets a new revision on a warm build, and nothing else does", async () => {
  const { siteDir } = await siteCopy();
  const cache = await sharedCache();
  const before = await precacheEntries(siteDir);
  const page = "claims/three-digit-score/index.html";
  await appendFile(path.join(siteDir, page), "<!-- changed -->");
  await writeServiceWorker(siteDir, "/", { cache });
  const after = await precacheEntries(siteDir);
  const revision = md5(await readFile(path.join(siteDir, page)));
  expect(before.find((e) => e.url === page)!.revision).not.toBe(revision);
  expect(after).toEqual(before.map((e) => (e.url === page ? { url: page, revision } : e)));
});


test("the real site is small: every page, the CSS and the whole Pagefind bundle are precached", async () => {
  const siteDir = inject("siteDir");
  const urls = await precachedFiles(siteDir);
  expect(urls).toEqual(expect.arrayContaining(["claims/three-digit-score/index.html", "assets/site.css", "pagefind/pagefind.js", "a-z/index.html"]));
  expect(urls.filter((u) => u.startsWith("pagefind/fragment/")).length).toBeGreaterThan(20);
  expect(urls.some((u) => u.endsWith(".zip"))).toBe(false);
  // What only the web host reads.
  expect(urls.filter((u) => u.startsWith("_"))).toEqual([]);
  const manifest = JSON.parse(await readFile(path.join(siteDir, OFFLINE_MANIFEST_FILE), "utf8"));
  expect(manifest).toMatchObject({ mode: "precache-all", later: [] });
  expect(manifest.bytes).toBeLessThan(10_000_000);
});

test("every file the real site's worker precaches is served as the manifest says: found, with the bytes its revision names", async () => {
  const server = await serveSite({ root: inject("siteDir") });
  try {
    const entries = await precacheEntries(inject("siteDir"));
    const wrong: string[] = [];
    // A few requests at a time, as the worker makes them.
    for (let i = 0; i < entries.length; i += 8) {
      await Promise.all(
        entries.slice(i, i + 8).map(async ({ url, revision }) => {
          const response = await fetch(`${server.origin}/${url}`);
          const bytes = new Uint8Array(await response.arrayBuffer());
          if (response.status !== 200 || md5(bytes) !== revision) wrong.push(`${url}: ${response.status}, ${md5(bytes)} for ${revision}`);
        }),
      );
    }
    expect(entries.length).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  } finally {
    await server.close();
  }
});

test("past the limit: the shell, home, A–Z and Pagefind's core are precached, the rest listed for the save button", async () => {
  const { siteDir } = await siteCopy();
  const plan = await writeServiceWorker(siteDir, "/", { limit: 100_000, cache: await sharedCache() });
  expect(plan.mode).toBe("cache-on-visit");
  const urls = await precachedFiles(siteDir);
  expect(urls).toEqual(expect.arrayContaining(["index.html", "a-z/index.html", "search/index.html", "assets/site.css", "pagefind/pagefind.js", "search/aids.json"]));
  expect(urls.some((u) => u.startsWith("claims/"))).toBe(false);
  const manifest = JSON.parse(await readFile(path.join(siteDir, OFFLINE_MANIFEST_FILE), "utf8"));
  expect(manifest.mode).toBe("cache-on-visit");
  expect(manifest.later).toContainEqual({ url: "/claims/three-digit-score/", cache: "factcheck-pages" });
  expect(manifest.later.some((e: { cache: string }) => e.cache === "factcheck-search")).toBe(true);
});

/**
 * The service worker generated over a copy of the real build, in both modes:
 * everything precached (the real, small site) and cache-on-visit (the same
 * site with the limit set below its size).
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, inject, test } from "vitest";
import { OFFLINE_MANIFEST_FILE, precachedFiles, writeServiceWorker } from "../../lib/site/outputs/service-worker.ts";
import { sharedCache } from "../helpers/shared-cache.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));


test("the real site is small: every page, the CSS and the whole Pagefind bundle are precached", async () => {
  const siteDir = inject("siteDir");
  const urls = await precachedFiles(siteDir);
  expect(urls).toEqual(expect.arrayContaining(["claims/three-digit-score/index.html", "assets/site.css", "pagefind/pagefind.js", "a-z/index.html"]));
  expect(urls.filter((u) => u.startsWith("pagefind/fragment/")).length).toBeGreaterThan(20);
  expect(urls.some((u) => u.endsWith(".zip"))).toBe(false);
  const manifest = JSON.parse(await readFile(path.join(siteDir, OFFLINE_MANIFEST_FILE), "utf8"));
  expect(manifest).toMatchObject({ mode: "precache-all", later: [] });
  expect(manifest.bytes).toBeLessThan(10_000_000);
});

test("past the limit: the shell, home, A–Z and Pagefind's core are precached, the rest listed for the save button", async () => {
  const parent = await mkdtemp(path.join(tmpdir(), "factcheck-sw-"));
  dirs.push(parent);
  const siteDir = path.join(parent, "site");
  await cp(inject("siteDir"), siteDir, { recursive: true });
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

/**
 * The one build of the real site that every build and browser test reads,
 * made once per test run and passed to the tests with `provide`/`inject`.
 * Every project but unit lists this setup; each runs it in this same process,
 * one after the other, so only the first builds and the others find its build
 * by the process id. The build fills a build cache
 * (`buildCache`) that tests building the real content again with one change
 * pass on, so they format again only what they changed, as a contributor's
 * rebuild does (build-cache.test.ts shows such a rebuild equals a cold one).
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../lib/eleventy/build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    buildCache: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = path.join(tmpdir(), `factcheck-test-site-${process.pid}`);
  const buildCache = `${siteDir}-cache`;
  // The build publishes by renaming a finished staging folder, so the folder existing means the build succeeded.
  if (!existsSync(siteDir)) {
    const log: string[] = [];
    const outcome = await buildSite({ root: ".", output: siteDir, cache: buildCache, log: (line) => log.push(line) });
    if (!outcome.ok) throw new Error(`The real site did not build:\n${log.join("\n")}`);
  }
  project.provide("siteDir", siteDir);
  project.provide("buildCache", buildCache);
  return async () => {
    await rm(siteDir, { recursive: true, force: true });
    await rm(buildCache, { recursive: true, force: true });
  };
}

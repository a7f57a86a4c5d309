/**
 * Builds the real site once, with the production build command, into a
 * temporary folder that every build, link and browser test reads.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const parent = await mkdtemp(path.join(tmpdir(), "factcheck-site-"));
  const siteDir = path.join(parent, "site");
  const run = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/build.ts", "--output", siteDir], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The real site did not build:\n${run.stderr}`);
  project.provide("siteDir", siteDir);
  return () => rm(parent, { recursive: true, force: true });
}

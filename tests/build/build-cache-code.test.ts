/**
 * The persistent build cache (.cache/) after an edit of the code its key
 * covers (a template; the lockfile): a rebuild that reuses the cache equals a
 * cold build, byte for byte, and reuses nothing. (Content edits are in
 * build-cache.test.ts.)
 *
 * These edits need a project whose code a test can change: a copy of the
 * project, built by the `npm run build` command run from that folder. The
 * first build is a real process, whose piped output shows the build's progress
 * as plain stage lines; the rebuilds run the same command in this process with
 * the copy as the working folder, where the build reads its templates, cache
 * and code key (a process start-up each cost more than the build itself).
 * Eleventy keeps templates it read in memory by their path relative to the
 * working folder, so this file builds nothing in this process before the
 * template edit: a build of the project itself here would be read back in place
 * of the copy's templates (and "Edited footer" would be missing).
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BUILDS, CONTENT, citationKeys, edit, shared } from "../helpers/cache-edits.ts";
import { cacheWithWorker } from "../helpers/shared-cache.ts";
import { npmRun } from "../helpers/npm-run.ts";
import { snapshot } from "../helpers/site-files.ts";

const run = promisify(execFile);

/** What a build's output and its cache's code key depend on, besides the content. */
const PROJECT_FILES = ["lib", "pages", "_includes", "assets", "data", "package.json", "package-lock.json", "tsconfig.json"];
const ESCAPE = String.fromCharCode(27);

describe("code edits: `npm run build` in a copy of the project", () => {
  let project: string;
  let builds = 0;
  const cache = () => path.join(project, ".cache");

  /** `npm run build` in a real process, with output piped (not a terminal) and outside CI. */
  const buildInChildProcess = async (): Promise<{ site: string; printed: string }> => {
    const site = `site-${++builds}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ["CI", "FACTCHECK_ROOT", "SITE_URL", "PATH_PREFIX"]) delete env[name];
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "lib/cli/build.ts", "--output", site], { cwd: project, env });
    return { site: path.join(project, site), printed: stdout + stderr };
  };

  /**
   * The `npm run build` command run here from the copy; `cold` moves the cache aside, for one that holds only
   * the worker's bundle (cacheWithWorker), and puts it back after.
   */
  const rebuild = async (cold = false): Promise<string> => {
    const site = `site-${++builds}`;
    const aside = `${cache()}-aside`;
    const cwd = process.cwd();
    if (cold) await rename(cache(), aside).then(() => cacheWithWorker(cache(), aside));
    process.chdir(project);
    try {
      const { status, stderr } = await npmRun("build", "--output", site);
      expect(status, stderr).toBe(0);
      return path.join(project, site);
    } finally {
      process.chdir(cwd);
      if (cold) {
        await rm(cache(), { recursive: true, force: true });
        await rename(aside, cache());
      }
    }
  };

  const rebuildEqualsColdBuild = async (change: () => Promise<void>) => {
    const before = await citationKeys(cache());
    await change();
    const warm = await rebuild();
    expect(await snapshot(warm)).toEqual(await snapshot(await rebuild(true)));
    return { before, after: await citationKeys(cache()), warm };
  };

  let first: { site: string; printed: string };
  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), "factcheck-project-"));
    for (const name of PROJECT_FILES) await cp(path.resolve(name), path.join(project, name), { recursive: true });
    await symlink(path.resolve("node_modules"), path.join(project, "node_modules"), "dir");
    for (const [name, text] of Object.entries(CONTENT)) {
      await mkdir(path.dirname(path.join(project, name)), { recursive: true });
      await writeFile(path.join(project, name), text);
    }
    // The copy's lockfile is the project's, so the shared build's bundle of the worker is this cache's too.
    await cacheWithWorker(cache());
    first = await buildInChildProcess();
  }, BUILDS);
  afterAll(() => rm(project, { recursive: true, force: true }));

  test("with output piped, progress is plain stage lines with their counts, no escape codes", () => {
    expect(first.printed).not.toContain(ESCAPE);
    expect(first.printed).toMatch(/^check: \d+\.\d s$/m);
    expect(first.printed).toMatch(/^page models \(formatting citations 3\/3\): \d+\.\d s$/m);
    // Two claims, each with an English and a Chinese page.
    expect(first.printed).toMatch(/^eleventy \(rendering claims 4\/4\): \d+\.\d s$/m);
    expect(first.printed).toMatch(/^Built 2 claims and 1 sources into site-1\.$/m);
  });

  test(
    "a template: the code changed, so nothing cached is reused",
    async () => {
      const { before, after, warm } = await rebuildEqualsColdBuild(() =>
        edit(path.join(project, "_includes/layouts/base.njk"), (t) => t.replace("</footer>", "<p>Edited footer.</p></footer>")),
      );
      expect(await readFile(path.join(warm, "index.html"), "utf8")).toContain("Edited footer.");
      expect(shared(before, after)).toBe(0);
    },
    BUILDS,
  );

  test(
    "the lockfile: nothing cached is reused",
    async () => {
      const { before, after } = await rebuildEqualsColdBuild(() => edit(path.join(project, "package-lock.json"), (t) => t.replace('"version": "0.1.0"', '"version": "0.1.1"')));
      expect(shared(before, after)).toBe(0);
    },
    BUILDS,
  );
});

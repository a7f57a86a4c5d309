/**
 * The persistent build cache (.cache/) never makes a wrong hit: after each
 * kind of edit a build's output depends on (a claim; a source whose excerpt a
 * claim cites; the verdict data; a template; the lockfile), a rebuild that
 * reuses the cache equals a cold build, byte for byte. And the cache is
 * really used: an edit formats again what it touched and reuses the rest.
 *
 * Content edits build in this process, from a content folder that is not the
 * project (so its data/ is not part of the code key: every cached value has
 * to carry its own inputs in its key). Template and lockfile edits need a
 * project whose code a test can change: those builds run as `npm run build`
 * runs, in real processes, in a copy of the project; with output piped, they
 * also show the build's progress as plain stage lines.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { VALID_CLAIM, VALID_SOURCE, validContentDir } from "../helpers/content-dir.ts";
import { snapshot } from "../helpers/site-files.ts";

const run = promisify(execFile);
/** A few builds of a two-claim site per test, on a shared machine. */
const BUILDS = 180_000;

const SECOND_CLAIM = VALID_CLAIM.replace('claim: "Everyone has a score."', 'claim: "Scores decide train tickets."').replace("verdict: mixed", "verdict: mostly-true");
const CONTENT = {
  "sources/a-source.md": VALID_SOURCE,
  "claims/everyone-has-a-score.md": VALID_CLAIM,
  "claims/scores-decide-train-tickets.md": SECOND_CLAIM,
};

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  expect(after, `the edit changes ${file}`).not.toBe(before);
  await writeFile(file, after);
}

/** The keys of the cached citations in `cache`: what the last build formatted or reused. */
async function citationKeys(cache: string): Promise<Set<string>> {
  return new Set(Object.keys(JSON.parse(await readFile(path.join(cache, "citations.json"), "utf8")) as object));
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((key) => b.has(key)).length;

describe("content edits: a rebuild with the cache equals a cold build", () => {
  let work: string;
  let content: string;
  let first: string;
  let builds = 0;
  const cache = () => path.join(work, "cache");

  const build = async (withCache: boolean): Promise<string> => {
    const output = path.join(work, `site-${++builds}`);
    const outcome = await buildSite({ root: content, output, log: () => {}, ...(withCache ? { cache: cache() } : {}) });
    expect(outcome.ok).toBe(true);
    return output;
  };

  /** Applies `change`, rebuilds with the cache and without; returns the cached citation keys before and after. */
  const rebuildEqualsColdBuild = async (change: () => Promise<void>) => {
    const before = await citationKeys(cache());
    await change();
    const warm = await build(true);
    expect(await snapshot(warm)).toEqual(await snapshot(await build(false)));
    return { before, after: await citationKeys(cache()), warm };
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "factcheck-cache-"));
    content = await validContentDir(CONTENT);
    // The cache is empty: this first build is a cold one.
    first = await build(true);
  }, BUILDS);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  });

  test(
    "nothing changed: the same site as the first build (a cold one), every citation reused",
    async () => {
      const before = await citationKeys(cache());
      expect(await snapshot(await build(true))).toEqual(await snapshot(first));
      const after = await citationKeys(cache());
      expect(after.size).toBe(3);
      expect(after).toEqual(before);
    },
    BUILDS,
  );

  test(
    "a claim: only its citation is formatted again",
    async () => {
      const { before, after } = await rebuildEqualsColdBuild(() =>
        edit(path.join(content, "claims/everyone-has-a-score.md"), (t) => t.replace('"Everyone has a score."', '"Everyone has one score."')),
      );
      expect(after.size).toBe(3);
      expect(shared(before, after)).toBe(2);
    },
    BUILDS,
  );

  test(
    "a source an excerpt of which a claim cites: its reference is formatted again",
    async () => {
      const { before, after, warm } = await rebuildEqualsColdBuild(() =>
        edit(path.join(content, "sources/a-source.md"), (t) =>
          t.replace('title: "A source"', 'title: "A renamed source"').replace("quoted word for word.", "quoted word for word, as printed."),
        ),
      );
      expect(await readFile(path.join(warm, "claims", "everyone-has-a-score", "index.html"), "utf8")).toContain("quoted word for word, as printed.");
      expect(shared(before, after)).toBe(2);
    },
    BUILDS,
  );

  test(
    "the verdict data",
    async () => {
      const { warm } = await rebuildEqualsColdBuild(() => edit(path.join(content, "data/verdicts.yaml"), (t) => t.replace('label: "Mixed"', 'label: "Half true"')));
      expect(await readFile(path.join(warm, "claims", "everyone-has-a-score", "index.html"), "utf8")).toContain("Half true");
    },
    BUILDS,
  );
});

/** What a build's output and its cache's code key depend on, besides the content. */
const PROJECT_FILES = ["lib", "pages", "_includes", "assets", "data", "package.json", "package-lock.json", "tsconfig.json"];
const ESCAPE = String.fromCharCode(27);

describe("code edits: `npm run build` in a copy of the project", () => {
  let project: string;
  let builds = 0;
  const cache = () => path.join(project, ".cache");

  /** `npm run build` with output piped (not a terminal) and outside CI; `cold` moves the cache aside and puts it back after. */
  const build = async (cold = false): Promise<{ site: string; printed: string }> => {
    const site = `site-${++builds}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ["CI", "FACTCHECK_ROOT", "SITE_URL", "PATH_PREFIX"]) delete env[name];
    const aside = `${cache()}-aside`;
    if (cold) await cp(cache(), aside, { recursive: true }).then(() => rm(cache(), { recursive: true }));
    try {
      const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "lib/cli/build.ts", "--output", site], { cwd: project, env });
      return { site: path.join(project, site), printed: stdout + stderr };
    } finally {
      if (cold) {
        await rm(cache(), { recursive: true, force: true });
        await cp(aside, cache(), { recursive: true }).then(() => rm(aside, { recursive: true }));
      }
    }
  };

  const rebuildEqualsColdBuild = async (change: () => Promise<void>) => {
    const before = await citationKeys(cache());
    await change();
    const warm = (await build()).site;
    expect(await snapshot(warm)).toEqual(await snapshot((await build(true)).site));
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
    first = await build();
  }, BUILDS);
  afterAll(() => rm(project, { recursive: true, force: true }));

  test("with output piped, progress is plain stage lines with their counts, no escape codes", () => {
    expect(first.printed).not.toContain(ESCAPE);
    expect(first.printed).toMatch(/^check: \d+\.\d s$/m);
    expect(first.printed).toMatch(/^page models \(formatting citations 3\/3\): \d+\.\d s$/m);
    expect(first.printed).toMatch(/^eleventy \(rendering claims 2\/2\): \d+\.\d s$/m);
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

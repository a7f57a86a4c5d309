/**
 * The persistent build cache (.cache/) never makes a wrong hit: after each
 * kind of content edit a build's output depends on (a claim; a source whose
 * excerpt a claim cites; the verdict data), a rebuild that reuses the cache
 * equals a cold build, byte for byte. And the cache is really used: an edit
 * formats again what it touched and reuses the rest. (Edits of the code, which
 * the cache's code key covers, are in build-cache-code.test.ts.)
 *
 * These builds run in this process, from a content folder that is not the
 * project (so its data/ is not part of the code key: every cached value has
 * to carry its own inputs in its key). A cold build starts from a cache that
 * holds only the service worker's bundled runtime, which no content changes
 * (cacheWithWorker).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { BUILDS, CONTENT, citationKeys, edit, shared } from "../helpers/cache-edits.ts";
import { cacheWithWorker } from "../helpers/shared-cache.ts";
import { validContentDir } from "../helpers/content-dir.ts";
import { snapshot } from "../helpers/site-files.ts";

describe("content edits: a rebuild with the cache equals a cold build", () => {
  let work: string;
  let content: string;
  let first: string;
  let builds = 0;
  const cache = () => path.join(work, "cache");

  /** A build with the cache, or a cold one: with a cache of its own holding only the worker's bundle. */
  const build = async (withCache: boolean): Promise<string> => {
    const output = path.join(work, `site-${++builds}`);
    const folder = withCache ? cache() : path.join(work, `cold-cache-${builds}`);
    if (!withCache) await cacheWithWorker(folder);
    const outcome = await buildSite({ root: content, output, log: () => {}, cache: folder });
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
    // The cache holds only the worker's bundle: this first build is a cold one.
    await cacheWithWorker(cache());
    first = await build(true);
  }, BUILDS);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
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

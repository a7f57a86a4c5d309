/**
 * The loader's cache between dev-server rebuilds: a cached load must equal a
 * fresh one, see every edit, and replay each unchanged file's diagnostics.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createLoadCache, keepOnly, memoised } from "../../lib/content/load-cache.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { VALID_SOURCE, validContentDir } from "../helpers/content-dir.ts";

const TODAY = "2026-06-01";
const CLAIM = "claims/everyone-has-a-score.md";
const SOURCE = "sources/a-source.md";

/** What a load says, without the graph's functions. */
async function outcome(root: string, cache = createLoadCache()) {
  const result = await loadCorpus({ root, today: TODAY, cache });
  return { ok: result.ok, diagnostics: result.diagnostics, claims: result.corpus.claims, sources: result.corpus.sources };
}

describe("memoised", () => {
  const file = (text: string) => ({ file: CLAIM, bytes: new TextEncoder().encode(text) });

  test("runs a file's loader once for the same bytes and context, again when either changes", () => {
    const cache = createLoadCache();
    let runs = 0;
    const load = () => ++runs;
    expect(memoised(cache, file("a"), "today", load)).toBe(1);
    expect(memoised(cache, file("a"), "today", load)).toBe(1);
    expect(memoised(cache, file("b"), "today", load)).toBe(2);
    expect(memoised(cache, file("b"), "tomorrow", load)).toBe(3);
    keepOnly(cache, []);
    expect(memoised(cache, file("b"), "tomorrow", load)).toBe(4);
  });

  test("without a cache, always runs the loader", () => {
    let runs = 0;
    memoised(undefined, file("a"), "today", () => ++runs);
    expect(memoised(undefined, file("a"), "today", () => ++runs)).toBe(2);
  });
});

describe("loading with a cache", () => {
  test("gives the same result as a fresh load, the second time too", async () => {
    const root = await validContentDir();
    const cache = createLoadCache();
    const fresh = await outcome(root);
    expect(await outcome(root, cache)).toEqual(fresh);
    expect(await outcome(root, cache)).toEqual(fresh);
  });

  const edits: Record<string, { file: string; edit: (text: string) => string; expect: (o: Awaited<ReturnType<typeof outcome>>) => void }> = {
    "an edited claim shows its new text": {
      file: CLAIM,
      edit: (text) => text.replace('summary: "Nobody has a score."', 'summary: "Edited."'),
      expect: (o) => expect(o.claims[0]!.summary).toBe("Edited."),
    },
    "a claim broken by an edit is reported": {
      file: CLAIM,
      edit: (text) => text.replace("verdict: mixed", "verdict: nonsense"),
      expect: (o) => {
        expect(o.ok).toBe(false);
        expect(o.diagnostics.map((d) => `${d.file}:${d.code}`)).toContain(`${CLAIM}:unknown-verdict`);
      },
    },
    "an edited source reaches the claims that cite it": {
      file: SOURCE,
      edit: (text) => text.replace("second-passage", "renamed-passage"),
      expect: (o) => expect(o.diagnostics.map((d) => d.code)).toContain("unknown-excerpt"),
    },
  };
  for (const [name, c] of Object.entries(edits)) {
    test(name, async () => {
      const root = await validContentDir();
      const cache = createLoadCache();
      await outcome(root, cache);
      await writeFile(path.join(root, c.file), c.edit(await readFile(path.join(root, c.file), "utf8")));
      const cached = await outcome(root, cache);
      c.expect(cached);
      expect(cached).toEqual(await outcome(root));
    });
  }

  test("a deleted file is gone, and unchanged files keep their warnings", async () => {
    const root = await validContentDir({ "sources/unused.md": VALID_SOURCE });
    const cache = createLoadCache();
    const first = await outcome(root, cache);
    expect(first.diagnostics.map((d) => d.file)).toContain("sources/unused.md");
    expect((await outcome(root, cache)).diagnostics).toEqual(first.diagnostics);
    await rm(path.join(root, "sources/unused.md"));
    const after = await outcome(root, cache);
    expect(after.sources.map((s) => s.id)).toEqual(["a-source"]);
    expect(after).toEqual(await outcome(root));
  });
});

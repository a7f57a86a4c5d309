/**
 * The synthetic corpus's translations: valid content made from the current
 * English (the loader reports nothing, none stale), and drawn apart from the
 * English, so the English files do not depend on the share translated.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { generateCorpus, type GeneratedCorpus } from "../../lib/harness/synthetic-corpus.ts";
import { snapshot } from "../helpers/site-files.ts";

// As many as the scale test, whose corpus loads clean (a smaller one trips the balance rule).
const CLAIMS = 200;
let work: string;
let generated: GeneratedCorpus;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "factcheck-synthetic-"));
  generated = await generateCorpus({ root: path.join(work, "half"), claims: CLAIMS, dataDir: path.resolve("data"), translated: 0.5 });
});
afterAll(() => rm(work, { recursive: true, force: true }));

test("a share of claims is translated into Chinese, and the corpus loads with no diagnostics", async () => {
  expect(generated.translations.length).toBeGreaterThan(CLAIMS / 4);
  expect(generated.translations.length).toBeLessThan(CLAIMS);
  const { corpus, diagnostics } = await loadCorpus({ root: path.join(work, "half") });
  expect(diagnostics).toEqual([]);
  expect(corpus.translations.map((t) => t.claimId).sort()).toEqual(generated.translations.map((t) => t.id).sort());
  for (const t of corpus.translations) {
    expect(t.current, t.claimId).toBe(true);
    expect(t.claim).toMatch(/^[\u4e00-\u9fff，]+。$/);
    // The same citations as the English claim.
    expect(t.bodyHtml.match(/class="citation"/g)?.length, t.claimId).toBe(corpus.claim(t.claimId)!.evidence.length);
  }
});

test("the English files are the same whatever the share translated", async () => {
  await generateCorpus({ root: path.join(work, "none"), claims: CLAIMS, dataDir: path.resolve("data") });
  const english = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).filter(([file]) => !file.endsWith(".zh-hans.md")));
  const half = await snapshot(path.join(work, "half"));
  const none = await snapshot(path.join(work, "none"));
  expect(Object.keys(half).length).toBe(Object.keys(none).length + generated.translations.length);
  expect(english(half)).toEqual(none);
});

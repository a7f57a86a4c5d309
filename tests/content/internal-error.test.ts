/**
 * The last line of defence: if reading one file throws (a bug, not bad
 * content), that file gets an `internal-error` and every other file is still
 * checked. The Markdown parser is made to throw on one marked file.
 */
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { loadCorpus as LoadCorpus } from "../../lib/content/load.ts";
import { VALID_CLAIM, validContentDir } from "../helpers/content-dir.ts";

vi.mock("../../lib/markdown/markdown.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/markdown/markdown.ts")>();
  return {
    ...original,
    parseMarkdown: (text: string) => {
      if (text.includes("TRIGGER-A-BUG")) throw new Error("simulated bug");
      return original.parseMarkdown(text);
    },
  };
});

// Unit test files share their modules (vitest.config.ts): load the loader afresh, so it sees the mock, and drop both after.
let loadCorpus: typeof LoadCorpus;
beforeAll(async () => {
  vi.resetModules();
  ({ loadCorpus } = await import("../../lib/content/load.ts"));
});

afterAll(() => {
  vi.doUnmock("../../lib/markdown/markdown.ts");
  vi.resetModules();
});

test("an exception while reading one file is reported on that file; the others are still checked", async () => {
  const root = await validContentDir({
    "claims/breaks-the-checker.md": `${VALID_CLAIM}TRIGGER-A-BUG\n`,
    "claims/also-wrong.md": VALID_CLAIM.replace("verdict: mixed", "verdict: wrong"),
  });
  const result = await loadCorpus({ root, today: "2026-11-26" });
  expect(result.diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
    ["claims/also-wrong.md", "unknown-verdict", 'unknown verdict "wrong" in `verdict`'],
    ["claims/breaks-the-checker.md", "internal-error", "unexpected failure: simulated bug"],
  ]);
  expect(result.ok).toBe(false);
});

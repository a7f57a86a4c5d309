/**
 * The real content meets the methodology: no errors, no warnings (every claim
 * has two excerpts, negative verdicts rest on independent sources, nothing is
 * uncited), and every excerpt is verbatim in the saved source texts when that
 * archive is present on this machine.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../lib/content/diagnostic.ts";
import { loadCorpus } from "../../lib/content/load.ts";

const ARCHIVE = path.resolve("..", "shared", "source-texts");
const hasArchive = existsSync(ARCHIVE);
if (!hasArchive) console.warn(`Quote verification against saved texts skipped: no archive at ${ARCHIVE}`);

describe("the real content", () => {
  test("passes the checker with no errors and no warnings", async () => {
    const result = await loadCorpus({ root: "." });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.corpus.claims.length).toBeGreaterThanOrEqual(45);
    expect(result.corpus.sources.length).toBeGreaterThanOrEqual(40);
  });

  test("carries its Chinese translations, each of the current English", async () => {
    const { corpus } = await loadCorpus({ root: "." });
    expect(corpus.translations.length).toBeGreaterThanOrEqual(45);
    for (const t of corpus.translations) {
      expect(t.current, t.file).toBe(true);
      expect(corpus.translation(t.claimId, "zh-hans")).toBe(t);
      expect(Object.isFrozen(t)).toBe(true);
    }
  });

  test("spans the verdict scale", async () => {
    const { corpus } = await loadCorpus({ root: "." });
    const used = new Set(corpus.claims.map((c) => c.verdict));
    for (const verdict of ["true", "mostly-true", "mixed", "misleading", "mostly-false", "false"]) expect(used).toContain(verdict);
  });

  test("a publisher is named alone: the page or section a piece appeared on is not part of the name", async () => {
    const { corpus } = await loadCorpus({ root: "." });
    // A parenthesis may expand a name ("MERICS (Mercator Institute for China Studies)"), never place the piece in it.
    expect(corpus.sources.filter((s) => /\([^)]*\b(page|section|letters?)\b/i.test(s.publisher)).map((s) => s.publisher)).toEqual([]);
  });

  test.skipIf(!hasArchive)(
    hasArchive ? "every excerpt is verbatim in ../shared/source-texts" : "quote verification — skipped: ../shared/source-texts not found",
    async () => {
      const result = await loadCorpus({ root: ".", archive: ARCHIVE });
      expect(result.diagnostics.filter((d) => d.code.startsWith("quote-")).map(formatDiagnostic)).toEqual([]);
      const withArchive = result.corpus.sources.filter((s) => s.quoteArchive !== undefined);
      expect(withArchive).toHaveLength(result.corpus.sources.length);
    },
  );
});

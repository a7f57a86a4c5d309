/**
 * The `translatedFrom` hash: translators compute it outside the project, so
 * its definition is pinned to values computed independently.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { loadClaimFile, claimRules } from "../../lib/content/load-claim.ts";
import { englishHash, translationHash } from "../../lib/content/translation.ts";
import { loadCorpus } from "../../lib/content/load.ts";

test("hashes claim, summary, alsoKnownAs ([] when absent) and the trimmed body, in that order", () => {
  const payload = { claim: "A", summary: "B", body: "\n C \n" };
  expect(translationHash(payload)).toBe(translationHash({ ...payload, alsoKnownAs: [], body: "C" }));
  expect(translationHash(payload)).not.toBe(translationHash({ ...payload, summary: "B." }));
});

test("gives the value the translators' tool gave for a real claim", async () => {
  const { corpus } = await loadCorpus({ root: "." });
  const file = "claims/three-digit-score.md";
  const rules = claimRules(corpus.verdicts, corpus.topics, { entries: new Map(), positionOf: () => ({ line: 1, column: 1 }) }, "2999-01-01");
  const parsed = loadClaimFile({ file, bytes: await readFile(file) }, rules).value.parsed!;
  expect(englishHash(parsed)).toBe("b0d4d60d7585");
});

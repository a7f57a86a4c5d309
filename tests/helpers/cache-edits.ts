/**
 * What the two build-cache test files share: their two-claim content, an
 * edit that must change its file, and the keys a build left in the cache.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { VALID_CLAIM, VALID_SOURCE } from "./content-dir.ts";

/** A few builds of a two-claim site per test, on a shared machine. */
export const BUILDS = 180_000;

const SECOND_CLAIM = VALID_CLAIM.replace('claim: "Everyone has a score."', 'claim: "Scores decide train tickets."').replace("verdict: mixed", "verdict: mostly-true");
export const CONTENT = {
  "sources/a-source.md": VALID_SOURCE,
  "claims/everyone-has-a-score.md": VALID_CLAIM,
  "claims/scores-decide-train-tickets.md": SECOND_CLAIM,
};

export async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  expect(after, `the edit changes ${file}`).not.toBe(before);
  await writeFile(file, after);
}

/** The keys of the cached citations in `cache`: what the last build formatted or reused. */
export async function citationKeys(cache: string): Promise<Set<string>> {
  return new Set(Object.keys(JSON.parse(await readFile(path.join(cache, "citations.json"), "utf8")) as object));
}

export const shared = (a: Set<string>, b: Set<string>) => [...a].filter((key) => b.has(key)).length;

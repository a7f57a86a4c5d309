/**
 * The checker's fixture folder (tests/fixtures/checker: one bad file per
 * failure kind) as a content root: the fixtures, the real data/ files, and the
 * one fixture too large to commit, written here.
 */
import { readFileSync } from "node:fs";
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { MAX_FILE_BYTES } from "../../lib/content/content-file.ts";
import { scratchFolder } from "./scratch-folders.ts";

export const FIXTURES = path.resolve("tests/fixtures/checker");
/** The day the fixtures are checked on, so `future-date` does not depend on the clock. */
export const FIXTURE_TODAY = "2026-11-26";
export const HUGE_FILE = "claims/huge-file.md";

/** A copy of the fixtures as a content root, removed when the test file ends. */
export async function checkerFixtureRoot(): Promise<string> {
  const root = await scratchFolder("factcheck-fixtures-");
  await cp(FIXTURES, root, { recursive: true });
  await cp(path.resolve("data"), path.join(root, "data"), { recursive: true });
  await writeFile(path.join(root, HUGE_FILE), `---\nclaim: "${"x".repeat(MAX_FILE_BYTES)}"\n---\n`);
  return root;
}

/** The verdict ids of the real scale, as the checker's hints list them. */
export const VERDICT_LIST = (parse(readFileSync("data/verdicts.yaml", "utf8")) as { id: string }[]).map((v) => v.id).join(", ");

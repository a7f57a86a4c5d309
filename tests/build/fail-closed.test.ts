/**
 * A build with bad content exits non-zero, names the file and line with the
 * checker's own messages, never prints a stack trace, and leaves the
 * previously built site exactly as it was.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../lib/content/diagnostic.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { checkerFixtureRoot } from "../helpers/checker-fixtures.ts";
import { validContentDir } from "../helpers/content-dir.ts";
import { npmRun } from "../helpers/npm-run.ts";
import { snapshot } from "../helpers/site-files.ts";

const CLAIM = "claims/everyone-has-a-score.md";
let root: string;
let output: string;
let valid: string;
let before: Record<string, string>;

const npmRunBuild = () => npmRun("build", "--root", root, "--output", output);

beforeAll(async () => {
  root = await validContentDir();
  output = path.join(root, "_site");
  valid = await readFile(path.join(root, CLAIM), "utf8");
  const first = await npmRunBuild();
  expect(first.status, first.stderr).toBe(0);
  before = await snapshot(output);
  expect(Object.keys(before)).toContain("claims/everyone-has-a-score/index.html");
});

test("on the checker's fixtures: every diagnostic as the checker prints it, and nothing built", async () => {
  const fixtures = await checkerFixtureRoot();
  // The build also warns about the placeholder address, as the checker does not.
  const expected = await loadCorpus({ root: fixtures, placeholders: true });
  const result = await npmRun("build", "--root", fixtures, "--output", path.join(fixtures, "_site"));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(expected.diagnostics.map(formatDiagnostic).join("\n"));
  expect(result.stderr).toContain("Build stopped:");
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(path.join(fixtures, "_site"))).toBe(false);
});

const cases = [
  {
    name: "a claim citing an unknown excerpt",
    from: "- ref: a-source#second-passage",
    to: "- ref: a-source#no-such-passage",
    expected: `${CLAIM}:8:10 error unknown-excerpt`,
  },
  {
    name: "a claim with an unknown verdict",
    from: "verdict: mixed",
    to: "verdict: wrong",
    expected: `${CLAIM}:3:10 error unknown-verdict`,
  },
];

for (const c of cases) {
  test(`${c.name}: the build exits non-zero naming file and line, and the built site is untouched`, async () => {
    await writeFile(path.join(root, CLAIM), valid.replace(c.from, c.to));
    const failed = await npmRunBuild();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(c.expected);
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot(output)).toEqual(before);
  });
}

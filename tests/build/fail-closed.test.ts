/**
 * A build with bad content exits non-zero, names the file and line, and
 * leaves the previously built site exactly as it was.
 */
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { validContentDir } from "../helpers/content-dir.ts";
import { snapshot } from "../helpers/site-files.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

function npmRunBuild(root: string, output: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "lib/cli/build.ts", "--root", root, "--output", output], {
    encoding: "utf8",
  });
}

const cases = [
  {
    name: "a claim citing an unknown excerpt",
    from: "- ref: a-source#second-passage",
    to: "- ref: a-source#no-such-passage",
    expected: "claims/everyone-has-a-score.md:8:10 error unknown-excerpt",
  },
  {
    name: "a claim with an unknown verdict",
    from: "verdict: mixed",
    to: "verdict: wrong",
    expected: "claims/everyone-has-a-score.md:3:10 error unknown-verdict",
  },
];

for (const c of cases) {
  test(`${c.name}: the build exits non-zero naming file and line, and _site is untouched`, async () => {
    const root = await validContentDir();
    dirs.push(root);
    const output = path.join(root, "_site");
    const first = npmRunBuild(root, output);
    expect(first.status, first.stderr).toBe(0);
    const before = await snapshot(output);
    expect(Object.keys(before)).toContain("claims/everyone-has-a-score/index.html");

    const claimFile = path.join(root, "claims", "everyone-has-a-score.md");
    await writeFile(claimFile, (await readFile(claimFile, "utf8")).replace(c.from, c.to));
    const second = npmRunBuild(root, output);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(c.expected);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot(output)).toEqual(before);
  });
}

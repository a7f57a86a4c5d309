/**
 * The commands as Node starts them (`npm run <command>`), in real processes:
 * each runs itself, reads FACTCHECK_ROOT from its environment, prints what the
 * in-process run prints, and sets the exit code. The other CLI tests run the
 * same command functions in-process (tests/helpers/npm-run.ts).
 */
import { spawnSync } from "node:child_process";
import { beforeAll, expect, test } from "vitest";
import { checkerFixtureRoot } from "../helpers/checker-fixtures.ts";
import { npmRun } from "../helpers/npm-run.ts";

let root: string;
beforeAll(async () => {
  root = await checkerFixtureRoot();
});

const started = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ...env } });

test("npm run check: the content folder from FACTCHECK_ROOT, the same report, exit code 1", async () => {
  const real = started("lib/cli/check.ts", ["--json"], { FACTCHECK_ROOT: root });
  const inProcess = await npmRun("check", "--root", root, "--json");
  expect(real.status).toBe(1);
  expect(real.stdout).toBe(inProcess.stdout);
  expect(real.stderr).toBe("");
});

test("a failing command prints one error line, no stack trace, and exits 1", () => {
  const real = started("lib/cli/new.ts", ["topic", "x"]);
  expect(real.status).toBe(1);
  expect(real.stderr).toMatch(/^error: usage: npm run new/);
  expect(real.stderr).not.toMatch(/^\s+at /m);
});

/**
 * `npm run check` starts from a cached bundle (lib/cli/launch.mjs): it must
 * behave exactly as the TypeScript entry point.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { afterAll, expect, test } from "vitest";
import { validContentDir } from "../helpers/content-dir.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8" });

test("the bundled check prints and exits exactly as lib/cli/check.ts does", async () => {
  const root = await validContentDir({ "claims/broken.md": "---\nclaim: [unclosed\n---\n" });
  dirs.push(root);
  const direct = run(["--import", "tsx", "lib/cli/check.ts", "--root", root, "--json"]);
  const launched = run(["lib/cli/launch.mjs", "check", "--root", root, "--json"]);
  expect(direct.status).toBe(1);
  expect(launched.status).toBe(direct.status);
  expect(launched.stdout).toBe(direct.stdout);
  expect(JSON.parse(launched.stdout).diagnostics[0]).toMatchObject({ file: "claims/broken.md", code: "yaml-syntax" });
});

test("an unknown command gets the usage line, not a stack trace", () => {
  const launched = run(["lib/cli/launch.mjs", "Nope!"]);
  expect(launched.status).toBe(2);
  expect(launched.stderr).toContain("usage: node lib/cli/launch.mjs <command>");
});

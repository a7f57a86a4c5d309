/** Runs the production build (the same command as `npm run build`) in a child process. */
import { spawnSync } from "node:child_process";

export function buildSiteInto(root: string, output: string): void {
  const run = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/build.ts", "--root", root, "--output", output], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
}

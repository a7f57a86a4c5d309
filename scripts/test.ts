/**
 * `npm test`: the static checks (types, lint, unused exports) run beside the
 * test suite, not before it: they use the second core while the suite's first
 * step, one build of the site, keeps one core busy. They run at a lower
 * priority, so that where they outlast the build they slow the browser tests
 * as little as they can. A failing check is named as it fails and its output
 * printed after the suite's, so it is not lost in it; the exit code is
 * non-zero if any check or test failed. Arguments go to `vitest run`.
 */
import { spawn } from "node:child_process";

const CHECKS: readonly (readonly string[])[] = [
  ["tsc", "--noEmit"],
  ["biome", "lint", "--error-on-warnings"],
  ["knip"],
];

interface Outcome {
  readonly code: number;
  readonly output: string;
}

/**
 * Runs a command from node_modules/.bin (npm puts it on PATH) and resolves to its exit code; in the
 * background, at low priority with its output kept, else in the foreground with the terminal.
 */
function run([command, ...args]: readonly string[], background: boolean): Promise<Outcome> {
  const [program, ...rest] = background && process.platform !== "win32" ? ["nice", "-n", "10", command!, ...args] : [command!, ...args];
  return new Promise((resolve) => {
    const child = spawn(program!, rest, { stdio: background ? ["ignore", "pipe", "pipe"] : "inherit", shell: process.platform === "win32" });
    let output = "";
    if (background) for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${program}: ${error.message}\n` }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The checks one after another, as a chain of && would: the first failure stops them. */
async function checks(): Promise<Outcome> {
  let output = "";
  for (const check of CHECKS) {
    const result = await run(check, true);
    output += `\n$ ${check.join(" ")}\n${result.output}`;
    if (result.code !== 0) {
      console.error(`npm test: \`${check.join(" ")}\` failed; its output follows the tests'.`);
      return { code: result.code, output };
    }
  }
  return { code: 0, output };
}

const [checked, tested] = await Promise.all([checks(), run(["vitest", "run", ...process.argv.slice(2)], false)]);
process.stdout.write(checked.output);
if (checked.code !== 0) console.error(`\nnpm test: a static check failed (above), exit ${checked.code}`);
process.exitCode = checked.code || tested.code;

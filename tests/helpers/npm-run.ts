/**
 * Runs a command as `npm run <command> -- <args>` would, but in this process:
 * the same command function, arguments and exit code, with its two output
 * streams collected. (tests/cli/started.test.ts runs them as real processes.)
 */
import { runCommand, type Command } from "../../lib/cli/run.ts";

// Imported when first run: the build command loads Eleventy, which a checker test does not need.
const COMMANDS = {
  build: async () => (await import("../../lib/cli/build.ts")).build,
  check: async () => (await import("../../lib/cli/check.ts")).check,
  new: async () => (await import("../../lib/cli/new.ts")).newFile,
  registry: async () => (await import("../../lib/cli/registry.ts")).registry,
} satisfies Record<string, () => Promise<Command>>;

export interface CommandRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs with an empty environment, so the machine's FACTCHECK_ROOT or SITE_URL never change a test. */
export function npmRun(command: keyof typeof COMMANDS, ...args: string[]): Promise<CommandRun> {
  return npmRunWithEnv({}, command, ...args);
}

/** Runs with exactly the environment `env` (a deployment's SITE_URL, say). */
export async function npmRunWithEnv(env: Record<string, string>, command: keyof typeof COMMANDS, ...args: string[]): Promise<CommandRun> {
  let stdout = "";
  let stderr = "";
  const status = await runCommand(await COMMANDS[command](), {
    args,
    env,
    out: (line) => {
      stdout += `${line}\n`;
    },
    log: (line) => {
      stderr += `${line}\n`;
    },
  });
  return { status, stdout, stderr };
}

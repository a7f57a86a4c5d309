/**
 * How every command runs: it gets its arguments, the environment and two
 * output lines, and returns its exit code. Whatever goes wrong is printed as
 * one plain message, never a stack trace. Each command module runs itself when
 * Node starts it (`npm run <command>`); tests import the command and run it
 * in-process.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface CliContext {
  /** The command-line arguments after the script. */
  readonly args: readonly string[];
  /** The environment, read by the command and nowhere else (FACTCHECK_ROOT, SITE_URL, PATH_PREFIX). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Prints a line to standard error (progress and diagnostics). */
  readonly log: (line: string) => void;
  /** Prints a line to standard output (the command's result). */
  readonly out: (line: string) => void;
}

export type Command = (context: CliContext) => Promise<number>;

/** Runs `command`; an error becomes one `error: …` line (with the stack only when DEBUG is set) and exit code 1. */
export async function runCommand(command: Command, context: CliContext): Promise<number> {
  try {
    return await command(context);
  } catch (error) {
    context.log(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (context.env.DEBUG) context.log(error instanceof Error ? (error.stack ?? "") : "");
    return 1;
  }
}

/** Runs `command` with this process's arguments, environment and streams when `moduleUrl` is the program Node started. */
export async function runWhenStarted(moduleUrl: string, command: Command): Promise<void> {
  const started = process.argv[1];
  if (started === undefined || realpathSync(started) !== fileURLToPath(moduleUrl)) return;
  process.exitCode = await runCommand(command, {
    args: process.argv.slice(2),
    env: process.env,
    log: (line) => process.stderr.write(`${line}\n`),
    out: (line) => process.stdout.write(`${line}\n`),
  });
}

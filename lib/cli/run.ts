/**
 * Runs a command-line entry point: whatever goes wrong is printed as one
 * plain message (never a stack trace), and the exit code is set.
 */
export interface CliContext {
  /** Prints a line to standard error (progress and diagnostics). */
  readonly log: (line: string) => void;
  /** Prints a line to standard output (the command's result). */
  readonly out: (line: string) => void;
}

export async function runCli(main: (context: CliContext) => Promise<number>): Promise<void> {
  const context: CliContext = {
    log: (line) => process.stderr.write(`${line}\n`),
    out: (line) => process.stdout.write(`${line}\n`),
  };
  try {
    process.exitCode = await main(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.log(`error: ${message}`);
    if (process.env.DEBUG) context.log(error instanceof Error ? (error.stack ?? "") : "");
    process.exitCode = 1;
  }
}

/**
 * A build writes into a staging folder beside its output and swaps it into
 * place only at the end, so a failed build never leaves a half-built site.
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";

/** The staging folder a build of `output` writes into. */
export function stagingFolder(output: string): string {
  return `${path.resolve(output)}.staging-${process.pid}`;
}

/** Replaces `output` with `staging`. */
export async function publish(staging: string, output: string): Promise<void> {
  const resolved = path.resolve(output);
  const previous = `${resolved}.previous-${process.pid}`;
  await rename(resolved, previous).catch(() => undefined);
  await rename(staging, resolved);
  await rm(previous, { recursive: true, force: true });
}

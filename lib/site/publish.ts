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

/** Replaces `output` with `staging`; if that fails, the previous site is put back. */
export async function publish(staging: string, output: string): Promise<void> {
  const resolved = path.resolve(output);
  const previous = `${resolved}.previous-${process.pid}`;
  const moved = await rename(resolved, previous).then(
    () => true,
    () => false,
  );
  try {
    await rename(staging, resolved);
  } catch (error) {
    if (moved) await rename(previous, resolved);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

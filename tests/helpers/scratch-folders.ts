/**
 * Temporary folders the test helpers make (content roots, fixture copies), removed when the test file that made
 * them ends: remove-scratch-folders.ts, a setup file of every project, registers that. Before, a test had to
 * remember to, and about thirty of a run's folders stayed in the temporary folder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const made: string[] = [];

/** A new empty folder in the system's temporary folder, named `<prefix><random>`. */
export async function scratchFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** Removes every folder made so far (a worker runs its test files one after another). */
export async function removeScratchFolders(): Promise<void> {
  const folders = made.splice(0);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}

/**
 * The loader's only file-system reads: a content folder's Markdown files and
 * the data files, as bytes and text. Everything after this is a pure function
 * of what was read.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { sizeProblem } from "./content-file.ts";
import { diagnostic, START, type Checked } from "./diagnostic.ts";

/** One contributor file as read: its path relative to the content root, and its bytes. */
export interface FileBytes {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface Folder {
  readonly files: readonly FileBytes[];
  /** How many `.md` files the folder lists, read or not. */
  readonly listed: number;
}

/**
 * The `.md` files of a content folder, sorted so results never depend on the
 * file system. A file that cannot be read, or is too large to read, is
 * reported and left out; a missing folder is empty.
 */
export async function readFolder(root: string, dir: string): Promise<Checked<Folder>> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, dir))).filter((n) => n.endsWith(".md")).sort();
  } catch {
    return { value: { files: [], listed: 0 }, diagnostics: [] };
  }
  const read = await Promise.all(
    names.map(async (name) => {
      const file = `${dir}/${name}`;
      try {
        const { size } = await stat(path.join(root, file));
        return sizeProblem(file, size) ?? { file, bytes: await readFile(path.join(root, file)) };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a folder" : String((error as Error).message);
        return diagnostic("file-unreadable", file, START, `the file cannot be read: ${reason}`);
      }
    }),
  );
  return {
    value: { files: read.filter((r) => "bytes" in r), listed: names.length },
    diagnostics: read.filter((r) => "code" in r),
  };
}

/** A data file's text, or undefined when it cannot be read (its loader reports that). */
export function readText(root: string, file: string): Promise<string | undefined> {
  return readFile(path.join(root, file), "utf8").catch(() => undefined);
}

/**
 * The rule that no two files publish at one URL. Ids are file names, so inside
 * one folder only names that differ by letter case or Unicode form can collide
 * (two files on Linux, one on macOS and Windows, where the checkout then loses
 * one). Aliases that take another claim's URL are the loader's `alias-collision`.
 */
import path from "node:path";
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import { fileId } from "./file-fields.ts";
import { SLUG } from "../markdown/id-grammar.ts";

/** The id a file name stands for on a file system that ignores case and Unicode form. */
const foldedId = (file: string): string => fileId(file).normalize("NFC").toLowerCase();

/** Valid names first, so that the diagnostic lands on the file to rename. */
function byValidNameFirst(files: readonly { readonly file: string }[]): string[] {
  const valid = (file: string) => SLUG.test(fileId(file));
  return files.map((f) => f.file).sort((a, b) => Number(valid(b)) - Number(valid(a)));
}

export function urlCollisions(
  sourceFiles: readonly { readonly file: string }[],
  claimFiles: readonly { readonly file: string }[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Sources and claims have URLs of their own, so names collide only within one folder.
  const checkFolder = (files: readonly { readonly file: string }[], kind: string) => {
    /** Folded id → the file that has it. */
    const owners = new Map<string, string>();
    for (const file of byValidNameFirst(files)) {
      const id = foldedId(file);
      const first = owners.get(id);
      if (first === undefined) owners.set(id, file);
      else {
        out.push(
          diagnostic(
            "duplicate-url",
            file,
            START,
            `"${path.basename(file)}" differs from ${first} only in letter case or Unicode form: both would be published as the ${kind} "${id}", and on macOS and Windows they are one file`,
            `merge the two files into ${first}`,
          ),
        );
      }
    }
  };
  checkFolder(sourceFiles, "source");
  checkFolder(claimFiles, "claim");
  return out;
}

/**
 * Former ids (aliases). Claim and source pages are permanent addresses: a
 * file that gets a new id lists its old ones, whose addresses redirect to it.
 * An alias may not be a current id of its kind, nor belong to two files.
 */
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";

/** One file's former ids, each with where it is written. */
export interface FormerIds {
  readonly id: string;
  readonly file: string;
  readonly aliases: readonly { readonly alias: string; readonly at: Position }[];
}

/** `taken`: the ids of the files in `folder` (an alias may not be one of them). */
export function aliasCollisions(owners: readonly FormerIds[], taken: ReadonlySet<string>, folder: "claims" | "sources"): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owner = new Map<string, string>();
  for (const { id, file, aliases } of owners) {
    for (const { alias, at } of aliases) {
      if (taken.has(alias)) {
        out.push(diagnostic("alias-collision", file, at, `the alias "${alias}" is the id of ${folder}/${alias}.md`));
      } else if (owner.has(alias) && owner.get(alias) !== id) {
        out.push(diagnostic("alias-collision", file, at, `the alias "${alias}" is also an alias of "${owner.get(alias)}"`));
      } else {
        owner.set(alias, id);
      }
    }
  }
  return out;
}

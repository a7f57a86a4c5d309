/**
 * The rule that no two files publish at one URL. Ids are file names, so inside
 * one folder only names that differ by letter case or Unicode form can collide
 * (two files on Linux, one on macOS and Windows, where the checkout then loses
 * one); and a claim's `aliases` (former ids whose URLs keep working) can name
 * another claim's id or another alias.
 */
import path from "node:path";
import { diagnostic, START, type Diagnostic, type Position } from "./diagnostic.ts";
import type { ParsedClaim } from "./resolve.ts";
import { SLUG } from "./schema.ts";
import { urls } from "../render/urls.ts";

interface Owner {
  readonly file: string;
}

/** The id a file name stands for on a file system that ignores case and Unicode form. */
const foldedId = (file: string): string => path.basename(file, ".md").normalize("NFC").toLowerCase();

/** Valid names first, so that the diagnostic lands on the file to rename. */
function byValidNameFirst(files: readonly { readonly file: string }[]): string[] {
  const valid = (file: string) => SLUG.test(path.basename(file, ".md"));
  return files.map((f) => f.file).sort((a, b) => Number(valid(b)) - Number(valid(a)));
}

export function urlCollisions(
  sourceFiles: readonly { readonly file: string }[],
  claimFiles: readonly { readonly file: string }[],
  claims: readonly ParsedClaim[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owners = new Map<string, Owner>();
  const fileNames = (files: readonly { readonly file: string }[], urlOf: (id: string) => string) => {
    for (const file of byValidNameFirst(files)) {
      const url = urlOf(foldedId(file));
      const first = owners.get(url);
      if (!first) owners.set(url, { file });
      else {
        out.push(
          diagnostic(
            "duplicate-url",
            file,
            START,
            `"${path.basename(file)}" differs from ${first.file} only in letter case or Unicode form: both would be ${url}, and on macOS and Windows they are one file`,
            `merge the two files into ${first.file}`,
          ),
        );
      }
    }
  };
  fileNames(sourceFiles, urls.source);
  fileNames(claimFiles, urls.claim);

  for (const claim of claims) {
    const aliases = Array.isArray(claim.raw.aliases) ? (claim.raw.aliases as unknown[]) : [];
    aliases.forEach((alias, i) => {
      if (typeof alias !== "string" || !SLUG.test(alias)) return;
      const url = urls.claim(alias);
      const at: Position = claim.content.frontMatter.positionOf(["aliases", i]);
      const first = owners.get(url);
      if (!first) {
        owners.set(url, { file: claim.content.file });
        return;
      }
      const clash = foldedId(first.file) === alias ? `is the id of ${first.file}` : `is already an alias in ${first.file}`;
      out.push(
        diagnostic(
          "duplicate-url",
          claim.content.file,
          at,
          `the alias "${alias}" ${clash}: both would be ${url}`,
          "an alias is a former id of this claim that no other claim uses; remove it from `aliases`",
        ),
      );
    });
  }
  return out;
}

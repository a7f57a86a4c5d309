/**
 * Former ids of sources. A source page is a permanent URL like a claim page:
 * when a source gets a better id (a better copy of the same piece), its old
 * id becomes an alias whose address redirects to the new page.
 */
import type { Source } from "./corpus.ts";
import { diagnostic, START, type Diagnostic, type Position } from "./diagnostic.ts";

/** Where the loader records the line of a source's i-th alias (never a `source#excerpt` ref: slugs have no brackets). */
export function aliasPositionKey(sourceId: string, index: number): string {
  return `${sourceId}#aliases[${index}]`;
}

/** An alias may not be a live source's id (its address is taken), nor belong to two sources. */
export function sourceAliasDiagnostics(sources: readonly Source[], positions: ReadonlyMap<string, Position>): Diagnostic[] {
  const live = new Set(sources.map((s) => s.id));
  const owner = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const source of sources) {
    (source.aliases ?? []).forEach((alias, i) => {
      const at = positions.get(aliasPositionKey(source.id, i)) ?? START;
      if (live.has(alias)) {
        out.push(diagnostic("alias-collision", source.file, at, `the alias "${alias}" is the id of sources/${alias}.md`));
      } else if (owner.has(alias) && owner.get(alias) !== source.id) {
        out.push(diagnostic("alias-collision", source.file, at, `the alias "${alias}" is also an alias of "${owner.get(alias)}"`));
      } else {
        owner.set(alias, source.id);
      }
    });
  }
  return out;
}

/**
 * The balance rule: no source is behind more than MAX_SOURCE_SHARE of the live
 * claims. A piece and its copies (`sameWorkAs`) count as one source. The
 * figures live in thresholds.ts.
 */
import type { Corpus, Source } from "./corpus.ts";
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent } from "./thresholds.ts";

/** A piece with its copies: sources joined by `sameWorkAs`, in id order. */
function works(sources: readonly Source[]): Source[][] {
  const group = new Map(sources.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    const parent = group.get(id)!;
    if (parent === id) return id;
    const root = find(parent);
    group.set(id, root);
    return root;
  };
  for (const source of sources) {
    for (const other of source.sameWorkAs ?? []) if (group.has(other)) group.set(find(other), find(source.id));
  }
  const out = new Map<string, Source[]>();
  for (const source of sources) {
    const root = find(source.id);
    out.set(root, [...(out.get(root) ?? []), source]);
  }
  return [...out.values()];
}

export function concentrationDiagnostics(corpus: Corpus): Diagnostic[] {
  const total = corpus.claims.length;
  if (total < MIN_CLAIMS_FOR_SHARE) return [];
  const out: Diagnostic[] = [];
  for (const copies of works(corpus.sources)) {
    const citing = new Set(copies.flatMap((s) => corpus.claimsCitingSource(s.id).map((c) => c.id)));
    if (citing.size <= MAX_SOURCE_SHARE * total) continue;
    // Reported once, on the copy cited most (the first such by id).
    const main = copies.reduce((a, b) => (corpus.claimsCitingSource(b.id).length > corpus.claimsCitingSource(a.id).length ? b : a));
    const others = copies.filter((s) => s !== main).map((s) => s.id);
    const withCopies = others.length === 0 ? "" : ` (together with ${others.join(", ")}: copies of one piece)`;
    out.push(
      diagnostic(
        "source-concentration",
        main.file,
        START,
        `the source "${main.id}"${withCopies} is cited by ${citing.size} of ${total} live claims (${percent(citing.size / total)}); no source should be behind more than ${percent(MAX_SOURCE_SHARE)}`,
      ),
    );
  }
  return out;
}

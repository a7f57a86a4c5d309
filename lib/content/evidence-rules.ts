/** The methodology's evidence rules, checked over the resolved graph. */
import type { Corpus } from "./corpus.ts";
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import { didYouMean } from "./closest.ts";
import { independence } from "./independence.ts";

export function evidenceDiagnostics(corpus: Corpus): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sourceIds = corpus.sources.map((s) => s.id);
  for (const source of corpus.sources) {
    for (const other of source.sameWorkAs ?? []) {
      if (!corpus.source(other)) {
        out.push(
          diagnostic("unknown-source", source.file, START, `\`sameWorkAs\` names no source "${other}"${didYouMean(other, sourceIds)}`),
        );
      }
    }
  }
  for (const claim of corpus.claims) {
    if (claim.evidence.length < 2) {
      out.push(diagnostic("too-few-excerpts", claim.file, START, `the claim cites ${claim.evidence.length} excerpt; at least 2 are expected`));
    }
    const needed = corpus.verdict(claim.verdict)?.minIndependentSources ?? 1;
    const sources = [...new Set(claim.evidence.map((e) => e.sourceId))].map((id) => corpus.source(id)!);
    const { count, links } = independence(sources);
    if (count < needed) {
      const why = links.length === 0 ? "" : ` (${links.join("; ")})`;
      out.push(
        diagnostic(
          "few-independent-sources",
          claim.file,
          START,
          `a "${claim.verdict}" verdict needs ${needed} independent sources; the evidence has ${count}${why}`,
        ),
      );
    }
  }
  return out;
}

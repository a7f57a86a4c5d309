/** The quote-verification rule of the checker: excerpts against an archive of saved texts. */
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";
import type { Source } from "./corpus.ts";
import { checkQuote, MIN_PART_CHARS, QuoteArchive } from "./quote-check.ts";

/** Where each excerpt's text was written, by ref. */
export type QuotePositions = Map<string, Position>;

export async function quoteDiagnostics(
  sources: readonly Source[],
  archiveDir: string,
  positions: QuotePositions,
): Promise<Diagnostic[]> {
  const archive = new QuoteArchive(archiveDir);
  const out: Diagnostic[] = [];
  for (const source of sources) {
    if (source.quoteArchive === undefined) continue;
    const text = await archive.text(source.quoteArchive);
    const first = source.excerpts[0];
    if (text === undefined) {
      out.push(
        diagnostic(
          "quote-archive-missing",
          source.file,
          (first && positions.get(first.ref)) ?? { line: 1, column: 1 },
          `no saved text "${source.quoteArchive}.md" in the archive folder`,
        ),
      );
      continue;
    }
    for (const excerpt of source.excerpts) {
      const problem = checkQuote(excerpt.text, text);
      if (!problem) continue;
      const at = positions.get(excerpt.ref) ?? { line: 1, column: 1 };
      const shown = problem.part.length > 80 ? `${problem.part.slice(0, 80)}…` : problem.part;
      if (problem.kind === "short-part") {
        out.push(
          diagnostic(
            "quote-part-too-short",
            source.file,
            at,
            `excerpt "${excerpt.id}": the kept part "${shown}" is shorter than ${MIN_PART_CHARS} characters`,
          ),
        );
      } else if (problem.kind === "out-of-order") {
        out.push(
          diagnostic(
            "quote-mismatch",
            source.file,
            at,
            `excerpt "${excerpt.id}": the part "${shown}" appears in the source, but not after the part before it`,
            "keep the parts in the order in which they appear in the source",
          ),
        );
      } else {
        out.push(
          diagnostic(
            "quote-mismatch",
            source.file,
            at,
            `excerpt "${excerpt.id}": "${shown}" is not in the saved text of ${source.quoteArchive}; closest passage: "${problem.closest}"`,
          ),
        );
      }
    }
  }
  return out;
}

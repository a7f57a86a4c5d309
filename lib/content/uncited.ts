/**
 * The rule that every source and excerpt is cited by some claim: what no
 * claim cites is a warning, so that nothing is quoted for no reason.
 */
import type { Source } from "./corpus.ts";
import { diagnostic, START, type Diagnostic, type Position } from "./diagnostic.ts";
import type { FileBytes } from "./read-files.ts";
import { claimReferences, type ParsedClaim } from "./resolve.ts";
import { refParts, refsInText } from "../markdown/id-grammar.ts";

/**
 * Every ref the claims make, valid claims or not: what counts as cited. A
 * claim file whose front matter cannot be read at all is searched as text,
 * so that its sources are not called uncited on top of its own error.
 */
function citedRefs(claims: readonly ParsedClaim[], claimFiles: readonly FileBytes[]): Set<string> {
  const cited = new Set<string>();
  for (const claim of claims) {
    const refs = claimReferences(claim.raw);
    for (const ref of [...refs.evidence, ...refs.appearances, ...claim.body.citations.map((c) => c.ref)]) {
      if (ref !== undefined) cited.add(ref);
    }
  }
  const parsed = new Set(claims.map((c) => c.content.file));
  for (const input of claimFiles) {
    if (parsed.has(input.file)) continue;
    for (const ref of refsInText(new TextDecoder().decode(input.bytes))) cited.add(ref);
  }
  return cited;
}

/** Sources and excerpts that no claim file cites; excerpts are reported where their text is written. */
export function uncitedWarnings(
  sources: readonly Source[],
  claims: readonly ParsedClaim[],
  claimFiles: readonly FileBytes[],
  positions: ReadonlyMap<string, Position>,
): Diagnostic[] {
  const cited = citedRefs(claims, claimFiles);
  const citedSources = new Set([...cited].map((ref) => refParts(ref).sourceId));
  const out: Diagnostic[] = [];
  for (const source of sources) {
    if (!citedSources.has(source.id)) {
      out.push(diagnostic("uncited-source", source.file, START, `no claim cites the source "${source.id}"`));
      continue;
    }
    for (const excerpt of source.excerpts) {
      if (!cited.has(excerpt.ref)) {
        const at = positions.get(excerpt.ref) ?? START;
        out.push(diagnostic("uncited-excerpt", source.file, at, `no claim cites the excerpt "${excerpt.id}"`));
      }
    }
  }
  return out;
}

/**
 * The figures the methodology page states, read from where the checker and
 * the data keep them, so the page cannot drift from the rules it describes.
 */
import type { Verdict } from "../content/corpus.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent, PRESENT_TENSE_MAX_AGE_YEARS } from "../content/thresholds.ts";

export interface EditorialRules {
  /** "40%" */
  readonly maxSourceShare: string;
  readonly minClaimsForShare: number;
  readonly presentTenseMaxAgeYears: number;
  /** Verdicts that need more than one independent source, grouped by how many: "Misleading, Mostly false or False". */
  readonly independentSources: readonly { readonly verdicts: string; readonly count: number }[];
}

/** "A, B or C" */
function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

export function editorialRules(verdicts: readonly Verdict[]): EditorialRules {
  const byCount = new Map<number, string[]>();
  for (const v of verdicts) {
    if ((v.minIndependentSources ?? 1) < 2) continue;
    byCount.set(v.minIndependentSources!, [...(byCount.get(v.minIndependentSources!) ?? []), v.label]);
  }
  return {
    maxSourceShare: percent(MAX_SOURCE_SHARE),
    minClaimsForShare: MIN_CLAIMS_FOR_SHARE,
    presentTenseMaxAgeYears: PRESENT_TENSE_MAX_AGE_YEARS,
    independentSources: [...byCount].sort(([a], [b]) => a - b).map(([count, labels]) => ({ verdicts: alternatives(labels), count })),
  };
}

/**
 * The numbers and rules the methodology page states, read from the data they
 * describe (the verdict scale, the excerpt limit, the checker's thresholds),
 * so the page cannot drift from what the build and the checker do.
 */
import type { Verdict } from "../content/corpus.ts";
import { MAX_EXCERPT_CHARS } from "../content/schema.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent, PRESENT_TENSE_MAX_AGE_YEARS } from "../content/thresholds.ts";
import { OFF_SCALE_RATING, ratingBounds } from "./claim-review.ts";
import { listText, numberWord } from "./prose.ts";
import type { Language } from "./urls.ts";

/** Verdicts that must rest on at least `sources` independent sources. */
interface IndependenceRule {
  /** The count in words ("two"). */
  readonly sources: string;
  /** Their labels in lower case, least accurate first ("false, mostly false or misleading"). */
  readonly verdicts: string;
}

export interface Methodology {
  readonly bestRating: number;
  readonly worstRating: number;
  readonly offScaleRating: number;
  /** How many verdicts are off the scale, in words. */
  readonly offScaleVerdicts: string;
  readonly maxExcerptChars: number;
  readonly independenceRules: readonly IndependenceRule[];
  /** Balance: the largest share of claims one source may be behind ("40%"), counted from this many claims. */
  readonly maxSourceShare: string;
  readonly minClaimsForShare: number;
  /** "As of": evidence older than this many years no longer carries an undated present tense. */
  readonly presentTenseMaxAgeYears: number;
}

/** Chinese prose writes small counts in characters: 两份, not 2 份. */
const CHINESE_COUNTS = [..."零一两三四五六七八九十"];

/** How each language writes the verdict labels and small counts in a sentence. */
const PROSE: Record<Language, { label: (v: Verdict) => string; list: (items: string[]) => string; count: (n: number) => string }> = {
  en: { label: (v) => v.label.toLowerCase(), list: (items) => listText(items, "or"), count: numberWord },
  "zh-hans": { label: (v) => `“${v["zh-hans"].label}”`, list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("")}或${items.at(-1)}`), count: (n) => CHINESE_COUNTS[n] ?? String(n) },
};

export function methodology(verdicts: readonly Verdict[], language: Language = "en"): Methodology {
  const prose = PROSE[language];
  const { best, worst } = ratingBounds(verdicts);
  const needing = new Map<number, Verdict[]>();
  for (const v of [...verdicts].sort((a, b) => a.rating - b.rating)) {
    if (v.minIndependentSources === undefined) continue;
    needing.set(v.minIndependentSources, [...(needing.get(v.minIndependentSources) ?? []), v]);
  }
  return {
    bestRating: best,
    worstRating: worst,
    offScaleRating: OFF_SCALE_RATING,
    offScaleVerdicts: prose.count(verdicts.filter((v) => v.rating === OFF_SCALE_RATING).length),
    maxExcerptChars: MAX_EXCERPT_CHARS,
    maxSourceShare: percent(MAX_SOURCE_SHARE),
    minClaimsForShare: MIN_CLAIMS_FOR_SHARE,
    presentTenseMaxAgeYears: PRESENT_TENSE_MAX_AGE_YEARS,
    independenceRules: [...needing].map(([sources, list]) => ({
      sources: prose.count(sources),
      verdicts: prose.list(list.map(prose.label)),
    })),
  };
}

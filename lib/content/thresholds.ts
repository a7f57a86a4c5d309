/**
 * The numbers of the methodology's editorial rules, in one place: the checker
 * enforces them, and the methodology page and checker messages state them.
 */

/** Balance: the largest share of live claims one source (with its copies) may be cited by. */
export const MAX_SOURCE_SHARE = 0.4;
/** Balance: below this many live claims a share says little, so the rule waits. */
export const MIN_CLAIMS_FOR_SHARE = 20;
/** "As of": evidence older than this many years (before the claim's review) no longer carries an undated present tense. */
export const PRESENT_TENSE_MAX_AGE_YEARS = 3;

/** 0.4 → "40%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

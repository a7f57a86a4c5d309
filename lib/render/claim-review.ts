/**
 * schema.org ClaimReview for a claim page: what fact-check aggregators
 * (Fact Check Explorer, ClaimReview datasets) read.
 */
import type { ClaimReview, CreativeWork, NewsMediaOrganization, Rating, WithContext } from "schema-dts";
import type { Appearance, Claim, Verdict } from "../content/corpus.ts";

/** The rating of verdicts that are not a judgement of accuracy (unproven, outdated): off the scale. */
export const OFF_SCALE_RATING = 0;

/** The scale's ends, from the verdicts that are on it. */
export function ratingBounds(verdicts: readonly Verdict[]): { best: number; worst: number } {
  const onScale = verdicts.map((v) => v.rating).filter((r) => r !== OFF_SCALE_RATING);
  return { best: Math.max(...onScale), worst: Math.min(...onScale) };
}

/**
 * The rating. Verdicts off the scale carry only their label: a number
 * outside bestRating..worstRating would be wrong.
 */
function rating(verdict: Verdict, bounds: { best: number; worst: number }): Rating {
  const label = { "@type": "Rating", alternateName: verdict.label } as const;
  if (verdict.rating === OFF_SCALE_RATING) return label;
  return { ...label, ratingValue: verdict.rating, bestRating: bounds.best, worstRating: bounds.worst };
}

/** A place the claim was made. Appearances recorded only in an excerpt have no URL of their own. */
function work(a: Appearance): CreativeWork {
  return {
    "@type": "CreativeWork",
    name: a.title,
    ...(a.url === undefined ? {} : { url: a.url }),
    ...(a.date === undefined ? {} : { datePublished: a.date }),
    ...(a.publisher === undefined ? {} : { publisher: { "@type": "Organization", name: a.publisher } }),
  };
}

/** The earliest dated appearance, else the first listed: where the claim page says it was made. */
export function firstAppearance(appearances: readonly Appearance[]): Appearance | undefined {
  const dated = appearances.filter((a) => a.date !== undefined);
  // Partial dates compare correctly as strings at the precision both share.
  return dated.reduce<Appearance | undefined>((min, a) => (min === undefined || a.date! < min.date! ? a : min), undefined) ?? appearances[0];
}

/**
 * The review of `claim`, published at `url` (its canonical URL) in `language`
 * by `publisher`, who is also its author: the organisation with its policies.
 */
export function claimReview(
  claim: Claim,
  verdict: Verdict,
  bounds: { best: number; worst: number },
  publisher: NewsMediaOrganization,
  language: string,
  url: string,
): WithContext<ClaimReview> {
  const earliest = firstAppearance(claim.appearances);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    dateModified: claim.reviewed,
    author: publisher,
    publisher,
    inLanguage: language,
    reviewRating: rating(verdict, bounds),
    itemReviewed: {
      "@type": "Claim",
      name: claim.claim,
      ...(earliest === undefined ? {} : { firstAppearance: work(earliest) }),
      ...(claim.appearances.length === 0 ? {} : { appearance: claim.appearances.map(work) }),
    },
  };
}

/**
 * schema.org ClaimReview for a claim page: what fact-check aggregators
 * (Fact Check Explorer, ClaimReview datasets) read.
 */
import type { ClaimReview, CreativeWork, Rating, WithContext } from "schema-dts";
import type { Appearance, Claim, Verdict } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { absoluteUrl, urls } from "./urls.ts";

/** The scale's ends, from the verdicts that are on it (rating > 0). */
export function ratingBounds(verdicts: readonly Verdict[]): { best: number; worst: number } {
  const onScale = verdicts.map((v) => v.rating).filter((r) => r > 0);
  return { best: Math.max(...onScale), worst: Math.min(...onScale) };
}

/**
 * The rating. Verdicts off the scale (rating 0: unproven, outdated) carry
 * only their label: a number outside bestRating..worstRating would be wrong.
 */
function rating(verdict: Verdict, bounds: { best: number; worst: number }): Rating {
  const label = { "@type": "Rating", alternateName: verdict.label } as const;
  if (verdict.rating <= 0) return label;
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

/** The earliest dated appearance, else the first listed. */
function first(appearances: readonly Appearance[]): Appearance | undefined {
  const dated = appearances.filter((a) => a.date !== undefined);
  // Partial dates compare correctly as strings at the precision both share.
  return dated.reduce<Appearance | undefined>((min, a) => (min === undefined || a.date! < min.date! ? a : min), undefined) ?? appearances[0];
}

export function claimReview(
  claim: Claim,
  verdict: Verdict,
  bounds: { best: number; worst: number },
  site: Site,
): WithContext<ClaimReview> {
  const url = absoluteUrl(site.url, site.pathPrefix, urls.claim(claim.id));
  const firstAppearance = first(claim.appearances);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    dateModified: claim.reviewed,
    author: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    publisher: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    inLanguage: site.language,
    reviewRating: rating(verdict, bounds),
    itemReviewed: {
      "@type": "Claim",
      name: claim.claim,
      ...(firstAppearance === undefined ? {} : { firstAppearance: work(firstAppearance) }),
      ...(claim.appearances.length === 0 ? {} : { appearance: claim.appearances.map(work) }),
    },
  };
}

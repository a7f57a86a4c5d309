/**
 * schema.org ClaimReview for a claim page: what fact-check aggregators
 * (Fact Check Explorer, ClaimReview datasets) read.
 */
import type { ClaimReview, WithContext } from "schema-dts";
import type { Claim, Verdict } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { absoluteUrl, urls } from "./urls.ts";

/** The scale's ends, from the verdicts that are on it (rating > 0). */
export function ratingBounds(verdicts: readonly Verdict[]): { best: number; worst: number } {
  const onScale = verdicts.map((v) => v.rating).filter((r) => r > 0);
  return { best: Math.max(...onScale), worst: Math.min(...onScale) };
}

export function claimReview(
  claim: Claim,
  verdict: Verdict,
  bounds: { best: number; worst: number },
  site: Site,
): WithContext<ClaimReview> {
  const url = absoluteUrl(site.url, site.pathPrefix, urls.claim(claim.id));
  // Only appearances with their own URL can be machine-readable works; the rest show on the page.
  const works = claim.appearances.flatMap((a) =>
    a.url === undefined
      ? []
      : [{ "@type": "CreativeWork" as const, url: a.url, name: a.title, ...(a.date ? { datePublished: a.date } : {}) }],
  );
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    dateModified: claim.reviewed,
    author: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: verdict.rating,
      bestRating: bounds.best,
      worstRating: bounds.worst,
      alternateName: verdict.label,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(works[0] === undefined ? {} : { firstAppearance: works[0] }),
      appearance: works,
    },
  };
}

/**
 * The most any HTML page may weigh, at any corpus size: lists and "cited by"
 * pages are paginated to stay under it. The benchmark reports the largest page
 * against it at 10,000 claims; the build tests check every page they build.
 */
export const PAGE_BUDGET_BYTES = 100 * 1024;

/** The most a claim page may weigh, in either language (raised from 30 KB in issue 10 for the citation metadata and the dateline). */
export const CLAIM_PAGE_BUDGET_BYTES = 40 * 1024;

/**
 * Every URL of the site, in one place. Paths are root-relative; Eleventy's
 * HTML base plugin adds the configured path prefix to them at build time.
 */

export const urls = {
  home: () => "/",
  claim: (id: string) => `/claims/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  excerpt: (sourceId: string, excerptId: string) => `/sources/${sourceId}/#${excerptId}`,
  topic: (id: string) => `/topics/${id}/`,
  verdict: (id: string) => `/verdicts/${id}/`,
  verdictDefinition: (id: string) => `/methodology/#verdict-${id}`,
  methodology: () => "/methodology/",
  search: () => "/search/",
  /** The A–Z index of claims; page 1 is the index itself. */
  claimIndex: (page = 1) => (page === 1 ? "/a-z/" : `/a-z/${page}/`),
  offline: () => "/offline/",
  about: () => "/about/",
  corrections: () => "/corrections/",
  feed: () => "/feed.xml",
  /** A claim's citation file: `bib`, `ris` or `json` (CSL-JSON). */
  citeFile: (id: string, ext: "bib" | "ris" | "json") => `/cite/${id}.${ext}`,
  /** An excerpt's citation, on its source page. Slugs never contain `--`. */
  excerptCitation: (sourceId: string, excerptId: string) => `/sources/${sourceId}/#${excerptId}--cite`,
  /** A revision entry on a claim page. */
  revision: (claimId: string, index: number) => `/claims/${claimId}/#revision-${index + 1}`,
  data: (file: "claims.json" | "sources.json" | "claims.csv" | "claimreview.json") => `/data/${file}`,
} as const;

/** Absolute URL for canonical links and machine-readable data. */
export function absoluteUrl(siteUrl: string, pathPrefix: string, path: string): string {
  return `${siteUrl}${pathPrefix.replace(/\/$/, "")}${path}`;
}

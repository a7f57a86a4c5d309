/** Site settings for tests that need a `Site` without loading data/site.yaml. */
import type { Site } from "../../lib/content/site.ts";

/** Valid settings with every required field; `changes` replace top-level fields. */
export function siteSettings(changes: Partial<Site> = {}): Site {
  return {
    title: "T",
    tagline: "t",
    url: "https://example.org",
    pathPrefix: "/",
    language: "en",
    publisher: {
      name: "P",
      people: [{ name: "The repository's maintainers", role: "Editors" }],
      contact: "issues",
      funding: [],
    },
    policies: {
      publishingPrinciples: "/about/#principles",
      correctionsPolicy: "/about/#corrections",
      verificationFactCheckingPolicy: "/methodology/",
      ownershipFundingInfo: "/about/#funding",
    },
    repository: "https://example.org/repo",
    perPage: { claims: 50, corrections: 50, citedBy: 3, featured: 6, recentChanges: 5 },
    ...changes,
  };
}

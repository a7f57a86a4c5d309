/**
 * Site settings (data/site.yaml): what the file may say. `load-site.ts`
 * checks it like any content file, every problem a diagnostic at its line;
 * a deployment may override `url`, `pathPrefix` and `repository`
 * (`site-overrides.ts`).
 */
import { z } from "zod";
import { slug, text } from "./schema-fields.ts";

// localhost is a valid site address (tests and previews), so no dot is required in the host.
export const siteUrl = z.url({ protocol: /^https?$/ });
export const pathPrefix = z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/);

/** A page of this site (`/methodology/#corrections`, joined to the path prefix) or a full address elsewhere. */
const pageLink = text.refine((v) => /^\/(?!\/)\S*$/.test(v) || siteUrl.safeParse(v).success, {
  message: 'is neither a path on this site (such as "/methodology/") nor a full http(s) address',
});
/** Where readers write: "issues" (the repository's issue tracker) or an email address. */
export const ISSUES_CONTACT = "issues";
const contact = text.refine((v) => v === ISSUES_CONTACT || z.email().safeParse(v).success, {
  message: `is neither "${ISSUES_CONTACT}" (the repository's issue tracker) nor an email address`,
});

/**
 * Who publishes the site and answers for it, as the About page and ClaimReview
 * state it (the IFCN's commitments). Every field is required, so the checker
 * reports one that is missing; none may be invented: where no named person is
 * responsible, `name` gives the role ("The repository's maintainers"), and an
 * empty `funding` list is published as "no funding declared".
 */
const publisherSchema = z.strictObject({
  name: text,
  people: z.array(z.strictObject({ name: text, role: text })).min(1),
  contact,
  funding: z.array(z.strictObject({ funder: text, purpose: text })),
});

/**
 * Where each policy is published: the four pages schema.org's
 * NewsMediaOrganization links from a fact check's author.
 */
const policiesSchema = z.strictObject({
  publishingPrinciples: pageLink,
  correctionsPolicy: pageLink,
  verificationFactCheckingPolicy: pageLink,
  ownershipFundingInfo: pageLink,
});

export const siteSchema = z.strictObject({
  title: text,
  tagline: text,
  url: siteUrl,
  pathPrefix,
  language: z.string().min(2),
  publisher: publisherSchema,
  policies: policiesSchema,
  repository: siteUrl,
  /** Claim ids the home page features, in order; without it, the most recently reviewed claims. */
  featured: z.array(slug).min(1).optional(),
  perPage: z.strictObject({
    claims: z.number(),
    corrections: z.number(),
    citedBy: z.number(),
    featured: z.number(),
    recentChanges: z.number(),
  }),
});

/**
 * The settings as loaded: `url` is the origin the site is served from
 * (scheme, host and port); the path it is served under is `pathPrefix`.
 */
export type Site = z.infer<typeof siteSchema>;
export type Policies = z.infer<typeof policiesSchema>;

export const SITE_FILE = "data/site.yaml";

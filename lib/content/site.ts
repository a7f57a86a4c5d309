/**
 * Site settings (data/site.yaml), checked like any content file: every
 * problem is a diagnostic at its line. A deployment may override `url`,
 * `pathPrefix` and `repository` (SITE_URL, PATH_PREFIX, REPOSITORY_URL); the
 * command reads the environment and passes them in, and each is validated
 * like the field it replaces.
 */
import { z } from "zod";
import { SLUG } from "../markdown/id-grammar.ts";
import { diagnostic, START, type Diagnostic, type Checked, type Position } from "./diagnostic.ts";
import { parseYaml, type FrontMatter } from "./front-matter.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";

// localhost is a valid site address (tests and previews), so no dot is required in the host.
const siteUrl = z.url({ protocol: /^https?$/ });
const pathPrefix = z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/);

const text = z.string().trim().min(1);
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

const siteSchema = z.strictObject({
  title: text,
  tagline: text,
  url: siteUrl,
  pathPrefix,
  language: z.string().min(2),
  publisher: publisherSchema,
  policies: policiesSchema,
  repository: siteUrl,
  /** Claim ids the home page features, in order; without it, the most recently reviewed claims. */
  featured: z.array(z.string().regex(SLUG)).min(1).optional(),
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

/**
 * The most each `perPage` setting may be: at these, a page of claim cards
 * (about 800 bytes each) and its chrome stay under the 100 KB page budget.
 */
const PER_PAGE_LIMITS: Readonly<Record<keyof Site["perPage"], number>> = {
  claims: 100,
  corrections: 200,
  citedBy: 10,
  featured: 12,
  recentChanges: 20,
};

/** `perPage` values that are not whole numbers within their limits, and more featured claims than the home page shows, at their lines. */
function sizeProblems({ perPage, featured = [] }: Site, frontMatter: FrontMatter): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [field, limit] of Object.entries(PER_PAGE_LIMITS)) {
    const value = perPage[field as keyof Site["perPage"]];
    if (Number.isInteger(value) && value >= 1 && value <= limit) continue;
    out.push(
      diagnostic(
        "invalid-value",
        SITE_FILE,
        frontMatter.positionOf(["perPage", field]),
        `\`perPage.${field}\` is ${value}; it must be a whole number from 1 to ${limit}`,
        `set it to a number from 1 to ${limit}: larger pages would outgrow the page budget`,
      ),
    );
  }
  if (featured.length > PER_PAGE_LIMITS.featured) {
    out.push(
      diagnostic(
        "invalid-value",
        SITE_FILE,
        frontMatter.positionOf(["featured"]),
        `\`featured\` lists ${featured.length} claims; the home page features at most ${PER_PAGE_LIMITS.featured}`,
        `keep the ${PER_PAGE_LIMITS.featured} to show first`,
      ),
    );
  }
  return out;
}

/** Deployment values that replace the file's. */
export interface SiteOverrides {
  readonly url?: string | undefined;
  readonly pathPrefix?: string | undefined;
  readonly repository?: string | undefined;
}

type OverrideField = keyof SiteOverrides;
const OVERRIDE_FIELDS = ["url", "pathPrefix", "repository"] as const satisfies readonly OverrideField[];

/** The environment variable a deployment sets for each override. */
const SITE_OVERRIDE_VARIABLES = { url: "SITE_URL", pathPrefix: "PATH_PREFIX", repository: "REPOSITORY_URL" } as const;

/** The overrides set in `env`; an empty variable counts as unset. */
export function siteOverridesFrom(env: Readonly<Record<string, string | undefined>>): SiteOverrides {
  const value = (field: OverrideField) => env[SITE_OVERRIDE_VARIABLES[field]] || undefined;
  return { url: value("url"), pathPrefix: value("pathPrefix"), repository: value("repository") };
}

const OVERRIDES = {
  url: { schema: siteUrl, code: "invalid-url", noun: "a full http(s) address" },
  pathPrefix: { schema: pathPrefix, code: "invalid-path-prefix", noun: "a path that starts and ends with `/`" },
  repository: { schema: siteUrl, code: "invalid-url", noun: "a full http(s) address" },
} as const;

/** An override that is not a valid value for its field, reported at the field it replaces. */
function overrideProblems(overrides: SiteOverrides, at: (field: OverrideField) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of OVERRIDE_FIELDS) {
    const value = overrides[field];
    if (value === undefined || OVERRIDES[field].schema.safeParse(value).success) continue;
    const variable = SITE_OVERRIDE_VARIABLES[field];
    const { code, noun } = OVERRIDES[field];
    out.push(
      diagnostic(
        code,
        SITE_FILE,
        at(field),
        `${variable} "${value}" (which replaces \`${field}\`) is not ${noun}`,
        `set ${variable} to ${noun}, or unset it to use \`${field}\` from ${SITE_FILE}`,
      ),
    );
  }
  return out;
}

/** The site settings, with where each `featured` id is written (the loader checks them against the claims). */
export interface SiteFile extends Checked<Site | undefined> {
  readonly featuredAt: readonly Position[];
}

/**
 * Validates the text of data/site.yaml (undefined when the file is missing)
 * and applies the overrides. The value is undefined when anything is invalid.
 * With `placeholders`, a placeholder address is a warning (the production
 * build's setting; the checker and the dev server leave addresses alone).
 */
export function loadSiteFile(text: string | undefined, overrides: SiteOverrides = {}, placeholders = false): SiteFile {
  if (text === undefined) {
    return {
      value: undefined,
      diagnostics: [diagnostic("missing-field", SITE_FILE, START, `${SITE_FILE} is missing`, "restore the file from the repository")],
      featuredAt: [],
    };
  }
  const parsed = parseYaml(SITE_FILE, text, 0);
  if ("error" in parsed) return { value: undefined, diagnostics: [parsed.error], featuredAt: [] };
  const { frontMatter } = parsed;
  const result = siteSchema.safeParse(frontMatter.data);
  const diagnostics = [
    ...(result.success ? sizeProblems(result.data, frontMatter) : schemaDiagnostics(SITE_FILE, siteSchema, frontMatter, result.error.issues)),
    ...overrideProblems(overrides, (field) => frontMatter.positionOf([field])),
  ];
  if (!result.success || diagnostics.length > 0) return { value: undefined, diagnostics, featuredAt: [] };
  const site = { ...result.data, ...definedOverrides(overrides) };
  const mismatch = pathMismatch(site, overrides, frontMatter.positionOf(["url"]));
  if (mismatch) return { value: undefined, diagnostics: [mismatch], featuredAt: [] };
  const warnings = placeholders ? placeholderWarnings(site, overrides, (field) => frontMatter.positionOf([field])) : [];
  const featuredAt = (site.featured ?? []).map((_, i) => frontMatter.positionOf(["featured", i]));
  return { value: Object.freeze({ ...site, url: new URL(site.url).origin }), diagnostics: warnings, featuredAt };
}

function definedOverrides(overrides: SiteOverrides): Partial<Pick<Site, OverrideField>> {
  return Object.fromEntries(OVERRIDE_FIELDS.flatMap((field) => (overrides[field] === undefined ? [] : [[field, overrides[field]]])));
}

/**
 * The site's address may include the folder it is served under (GitHub Pages
 * serves a repository's site at https://owner.github.io/repo/); that folder
 * must then be the path prefix, which the links are built with.
 */
function pathMismatch(site: Site, overrides: SiteOverrides, at: Position): Diagnostic | undefined {
  const { pathname } = new URL(site.url);
  const folder = pathname.endsWith("/") ? pathname : `${pathname}/`;
  if (folder === "/" || folder === site.pathPrefix) return undefined;
  const url = overrides.url === undefined ? "`url`" : `${SITE_OVERRIDE_VARIABLES.url} "${overrides.url}"`;
  const prefix = overrides.pathPrefix === undefined ? "`pathPrefix`" : SITE_OVERRIDE_VARIABLES.pathPrefix;
  return diagnostic(
    "invalid-path-prefix",
    SITE_FILE,
    at,
    `${url} is served under ${folder}, but ${prefix} is "${site.pathPrefix}"`,
    `set ${SITE_OVERRIDE_VARIABLES.pathPrefix} (or \`pathPrefix\`) to "${folder}", or give the address without the folder`,
  );
}

/**
 * Addresses reserved for examples (RFC 2606, RFC 6761): a site or repository
 * there is a placeholder, and every permanent link built from it is dead.
 */
const PLACEHOLDER_HOST = /(^|\.)(example(\.(com|net|org))?|test|invalid)$/;

const PLACEHOLDER_CONSEQUENCES = {
  url: "canonical links, citations, the feed and the embed card point at an address that does not exist",
  repository: "the About page and the links to report an error or suggest a claim lead to a repository that does not exist",
} as const;

/** One warning for the placeholder addresses, at the first, naming the variables a deployment sets. */
function placeholderWarnings(site: Site, overrides: SiteOverrides, at: (field: "url" | "repository") => Position): Diagnostic[] {
  const fields = (["url", "repository"] as const).filter((field) => PLACEHOLDER_HOST.test(new URL(site[field]).hostname));
  if (fields.length === 0) return [];
  const variables = fields.map((field) => SITE_OVERRIDE_VARIABLES[field]);
  const problems = fields.map((field) => {
    const named = overrides[field] === undefined ? `\`${field}\`` : SITE_OVERRIDE_VARIABLES[field];
    return `${named} is a placeholder (${site[field]}): ${PLACEHOLDER_CONSEQUENCES[field]}`;
  });
  return [
    diagnostic(
      "placeholder-address",
      SITE_FILE,
      at(fields[0]!),
      `${problems.join("; ")}`,
      `set ${variables.join(" and ")} to the real address${fields.length > 1 ? "es" : ""} when building for publication (the deploy workflow does), or write ${fields.length > 1 ? "them" : "it"} in ${SITE_FILE}`,
    ),
  ];
}

/**
 * Site settings (data/site.yaml), checked like any content file: every
 * problem is a diagnostic at its line. A deployment may override `url` and
 * `pathPrefix` (SITE_URL and PATH_PREFIX); the command reads the environment
 * and passes them in, and each is validated like the field it replaces.
 */
import { z } from "zod";
import { SLUG } from "../markdown/id-grammar.ts";
import { parseYaml, type FrontMatter } from "./content-file.ts";
import { diagnostic, START, type Diagnostic, type Checked, type Position } from "./diagnostic.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";

// localhost is a valid site address (tests and previews), so no dot is required in the host.
const siteUrl = z.url({ protocol: /^https?$/ });
const pathPrefix = z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/);

const siteSchema = z.strictObject({
  title: z.string().min(1),
  tagline: z.string().min(1),
  url: siteUrl,
  pathPrefix,
  language: z.string().min(2),
  publisher: z.strictObject({ name: z.string().min(1), url: siteUrl }),
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

export type Site = z.infer<typeof siteSchema>;

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
}

/** The environment variable a deployment sets for each override. */
const SITE_OVERRIDE_VARIABLES = { url: "SITE_URL", pathPrefix: "PATH_PREFIX" } as const;

/** The overrides set in `env`; an empty variable counts as unset. */
export function siteOverridesFrom(env: Readonly<Record<string, string | undefined>>): SiteOverrides {
  return { url: env[SITE_OVERRIDE_VARIABLES.url] || undefined, pathPrefix: env[SITE_OVERRIDE_VARIABLES.pathPrefix] || undefined };
}

const OVERRIDES = {
  url: { schema: siteUrl, code: "invalid-url", noun: "a full http(s) address" },
  pathPrefix: { schema: pathPrefix, code: "invalid-path-prefix", noun: "a path that starts and ends with `/`" },
} as const;

/** An override that is not a valid value for its field, reported at the field it replaces. */
function overrideProblems(overrides: SiteOverrides, at: (field: keyof SiteOverrides) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of ["url", "pathPrefix"] as const) {
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
 */
export function loadSiteFile(text: string | undefined, overrides: SiteOverrides = {}): SiteFile {
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
  const featuredAt = (site.featured ?? []).map((_, i) => frontMatter.positionOf(["featured", i]));
  return { value: Object.freeze({ ...site, url: site.url.replace(/\/+$/, "") }), diagnostics, featuredAt };
}

function definedOverrides(overrides: SiteOverrides): Partial<Pick<Site, "url" | "pathPrefix">> {
  return {
    ...(overrides.url === undefined ? {} : { url: overrides.url }),
    ...(overrides.pathPrefix === undefined ? {} : { pathPrefix: overrides.pathPrefix }),
  };
}

/**
 * Loads data/site.yaml, checked like any content file: every problem is a
 * diagnostic at its line. The deployment's overrides (site-overrides.ts)
 * replace the fields they name, and are validated like them.
 */
import { diagnostic, START, type Checked, type Diagnostic, type Position } from "./diagnostic.ts";
import { parseYaml, type FrontMatter } from "./front-matter.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";
import { definedOverrides, overrideProblems, SITE_OVERRIDE_VARIABLES, type SiteOverrides } from "./site-overrides.ts";
import { SITE_FILE, siteSchema, type Site } from "./site.ts";

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

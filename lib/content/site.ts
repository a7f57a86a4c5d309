/**
 * Site settings (data/site.yaml), checked like any content file: every
 * problem is a diagnostic at its line. A deployment may override `url` and
 * `pathPrefix` (SITE_URL and PATH_PREFIX); the command reads the environment
 * and passes them in, and each is validated like the field it replaces.
 */
import { z } from "zod";
import { parseYaml } from "./content-file.ts";
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
});

export type Site = z.infer<typeof siteSchema>;

export const SITE_FILE = "data/site.yaml";

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

/**
 * Validates the text of data/site.yaml (undefined when the file is missing)
 * and applies the overrides. The value is undefined when anything is invalid.
 */
export function loadSiteFile(text: string | undefined, overrides: SiteOverrides = {}): Checked<Site | undefined> {
  if (text === undefined) {
    return { value: undefined, diagnostics: [diagnostic("missing-field", SITE_FILE, START, `${SITE_FILE} is missing`, "restore the file from the repository")] };
  }
  const parsed = parseYaml(SITE_FILE, text, 0);
  if ("error" in parsed) return { value: undefined, diagnostics: [parsed.error] };
  const { frontMatter } = parsed;
  const result = siteSchema.safeParse(frontMatter.data);
  const diagnostics = [
    ...(result.success ? [] : schemaDiagnostics(SITE_FILE, siteSchema, frontMatter, result.error.issues)),
    ...overrideProblems(overrides, (field) => frontMatter.positionOf([field])),
  ];
  if (!result.success || diagnostics.length > 0) return { value: undefined, diagnostics };
  const site = { ...result.data, ...definedOverrides(overrides) };
  return { value: Object.freeze({ ...site, url: site.url.replace(/\/+$/, "") }), diagnostics };
}

function definedOverrides(overrides: SiteOverrides): Partial<Pick<Site, "url" | "pathPrefix">> {
  return {
    ...(overrides.url === undefined ? {} : { url: overrides.url }),
    ...(overrides.pathPrefix === undefined ? {} : { pathPrefix: overrides.pathPrefix }),
  };
}

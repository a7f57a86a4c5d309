/**
 * The values a deployment sets instead of the file's `url`, `pathPrefix` and
 * `repository` (SITE_URL, PATH_PREFIX, REPOSITORY_URL): the command reads the
 * environment and passes them in, and each is validated like the field it
 * replaces, at that field's line in data/site.yaml.
 */
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";
import { pathPrefix, SITE_FILE, siteUrl, type Site } from "./site.ts";

/** Deployment values that replace the file's. */
export interface SiteOverrides {
  readonly url?: string | undefined;
  readonly pathPrefix?: string | undefined;
  readonly repository?: string | undefined;
}

type OverrideField = keyof SiteOverrides;
const OVERRIDE_FIELDS = ["url", "pathPrefix", "repository"] as const satisfies readonly OverrideField[];

/** The environment variable a deployment sets for each override. */
export const SITE_OVERRIDE_VARIABLES = { url: "SITE_URL", pathPrefix: "PATH_PREFIX", repository: "REPOSITORY_URL" } as const;

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
export function overrideProblems(overrides: SiteOverrides, at: (field: OverrideField) => Position): Diagnostic[] {
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

export function definedOverrides(overrides: SiteOverrides): Partial<Pick<Site, OverrideField>> {
  return Object.fromEntries(OVERRIDE_FIELDS.flatMap((field) => (overrides[field] === undefined ? [] : [[field, overrides[field]]])));
}

/**
 * The content as the dev server (`npm start`) sees it: loaded once before
 * the first build, for the site settings, then again before each rebuild,
 * parsing only the files that changed since the last load.
 */
import path from "node:path";
import { formatDiagnostic, type Diagnostic } from "../content/diagnostic.ts";
import { CLAIMS_DIR, loadCorpus, SOURCES_DIR, type LoadResult } from "../content/load.ts";
import { createLoadCache } from "../content/load-cache.ts";
import { REGISTRY_FILE } from "../content/registry.ts";
import { SITE_FILE, type Site } from "../content/site.ts";
import { siteOverridesFrom, type SiteOverrides } from "../content/site-overrides.ts";
import { renderCorpus, type RenderedCorpus } from "../site/rendered-corpus.ts";

/** Thrown when content has errors; its message is the checker's output. */
class ContentError extends Error {
  override name = "ContentError";
  /** Eleventy then prints the message alone: bad content is not a bug, so no stack trace. */
  readonly skipOriginalStack = true;
}

export interface DevContent {
  /** The settings of the first load: the path prefix is fixed until they change. */
  readonly site: Site;
  /** The corpus for the next build; throws a ContentError when the content has errors. */
  readonly next: () => Promise<RenderedCorpus>;
  /** What to watch: a change starts a rebuild. */
  readonly watch: readonly string[];
  /** The site settings: a change reloads the configuration (and so the path prefix). */
  readonly watchAndReset: readonly string[];
}

/** Eleventy's dev server port when none is given. */
const DEFAULT_PORT = 8080;

/**
 * The dev server's settings overrides: those of the environment, and its own
 * local address for `url` unless SITE_URL is set, so canonical links and
 * citations in the pages it serves lead back to it.
 * @example devSiteOverrides({}, ["--serve", "--port=8090"]).url // "http://localhost:8090"
 */
export function devSiteOverrides(env: Readonly<Record<string, string | undefined>>, args: readonly string[]): SiteOverrides {
  const overrides = siteOverridesFrom(env);
  const given = args.flatMap((arg, i) => (arg === "--port" ? [args[i + 1]] : arg.startsWith("--port=") ? [arg.slice(7)] : []));
  const port = Number(given.at(-1));
  // --port=0 lets the system choose, which the configuration never learns: the default stands in.
  const local = `http://localhost:${Number.isInteger(port) && port > 0 ? port : DEFAULT_PORT}`;
  return { ...overrides, url: overrides.url ?? local };
}

function contentError(errors: readonly Diagnostic[]): ContentError {
  return new ContentError(`The content has ${errors.length} error(s):\n${errors.map(formatDiagnostic).join("\n")}`);
}

/** The corpus of a load without errors; else the checker's report as an error. */
function checked(result: LoadResult): RenderedCorpus {
  if (!result.ok) throw contentError(result.diagnostics.filter((d) => d.severity === "error"));
  return renderCorpus(result.corpus);
}

export async function devContent(root: string, siteOverrides: SiteOverrides): Promise<DevContent> {
  const cache = createLoadCache();
  const load = () => loadCorpus({ root, cache, siteOverrides });
  // The first build renders the load that gave the settings; every later build loads again.
  let first: LoadResult | undefined = await load();
  // Other errors are reported by each build, and the server waits for a fix; without settings it cannot start.
  const siteErrors = first.diagnostics.filter((d) => d.file === SITE_FILE && d.severity === "error");
  if (siteErrors.length > 0) throw contentError(siteErrors);
  return {
    site: first.corpus.site,
    next: async () => {
      const result = first ?? (await load());
      first = undefined;
      return checked(result);
    },
    watch: [CLAIMS_DIR, SOURCES_DIR, "data", REGISTRY_FILE].map((name) => path.join(root, name)),
    watchAndReset: [path.join(root, SITE_FILE)],
  };
}

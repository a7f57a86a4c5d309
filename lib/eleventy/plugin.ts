/**
 * The Eleventy plugin: exposes the corpus (as page models) and site settings
 * as global data, watches the content folders, and after each build writes
 * the search index. Contributor files are never Eleventy templates.
 */
import path from "node:path";
import { formatDiagnostic } from "../content/diagnostic.ts";
import { CLAIMS_DIR, SOURCES_DIR } from "../content/load.ts";
import { createLoadCache } from "../content/load-cache.ts";
import type { Site } from "../content/site.ts";
import { REGISTRY_FILE } from "../content/registry.ts";
import { compactHtml } from "../render/compact-html.ts";
import { buildSiteModel } from "../render/site-model.ts";
import { siteUrls } from "../render/urls.ts";
import { CONTENT_SECURITY_POLICY } from "../render/csp.ts";
import { OutputQueue } from "./output-queue.ts";
import { cacheNunjucksCompiles, type NunjucksModule } from "./nunjucks-compile-cache.ts";
import { takeCorpus, type RenderedCorpus } from "./corpus-source.ts";
import { outputSteps } from "../site/outputs/index.ts";

export interface PluginOptions {
  /** The folder holding claims/, sources/ and data/. */
  readonly contentRoot: string;
  readonly site: Site;
}

/** Thrown when content has errors; its message is the checker's output, without a stack. */
export class ContentError extends Error {
  override name = "ContentError";
}

// Eleventy's config API is untyped JavaScript; this is the part the plugin uses.
interface EleventyConfig {
  addGlobalData(name: string, value: () => unknown): void;
  addWatchTarget(target: string): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  on(
    event: "eleventy.after",
    handler: (args: { directories: { output: string }; runMode: "build" | "watch" | "serve" }) => Promise<void>,
  ): void;
  on(event: "eleventy.before", handler: () => Promise<void>): void;
  on(event: "eleventy.engine.njk", handler: (args: { nunjucks: NunjucksModule }) => void): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
}

export default function factCheckPlugin(eleventyConfig: EleventyConfig, options: PluginOptions): void {
  const root = path.resolve(options.contentRoot);
  const { site } = options;
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }) => cacheNunjucksCompiles(nunjucks));
  eleventyConfig.addGlobalData("site", () => site);
  // Templates write every internal href through urls, which applies the path prefix: the only place it is applied.
  eleventyConfig.addGlobalData("urls", () => siteUrls(site.pathPrefix));
  eleventyConfig.addGlobalData("contentSecurityPolicy", () => CONTENT_SECURITY_POLICY);
  // The graph of the current build, kept for the outputs written after Eleventy.
  let current: RenderedCorpus | undefined;
  // Between the dev server's rebuilds, unchanged files are not parsed again.
  const loadCache = createLoadCache();
  // The production build runs the output steps itself, one timed stage each.
  let receive: ((rendered: RenderedCorpus) => void) | undefined;
  eleventyConfig.addGlobalData("factcheck", async () => {
    const handoff = await takeCorpus(root, loadCache);
    const { result } = handoff;
    receive = handoff.receive;
    if (!result.ok) {
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      throw new ContentError(`The content has ${errors.length} error(s):\n${errors.map(formatDiagnostic).join("\n")}`);
    }
    const model = buildSiteModel(result.corpus, site);
    current = { corpus: result.corpus, model, site };
    return model;
  });
  for (const dir of [CLAIMS_DIR, SOURCES_DIR, "data"]) eleventyConfig.addWatchTarget(path.join(root, dir));
  eleventyConfig.addWatchTarget(path.join(root, REGISTRY_FILE));
  eleventyConfig.addPassthroughCopy({ assets: "assets" });
  eleventyConfig.addTransform("compact-html", function (content) {
    const out = this.page.outputPath;
    return typeof out === "string" && out.endsWith(".html") ? compactHtml(content) : content;
  });
  // In watch mode the outputs run after the browser reloads; a rebuild first waits for them.
  const devOutputs = new OutputQueue();
  eleventyConfig.on("eleventy.before", () => devOutputs.idle());
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    if (!current) throw new ContentError("the corpus was not loaded before the build finished");
    if (receive) return receive(current);
    const context = { ...current, siteDir: directories.output };
    const runSteps = async () => {
      for (const step of outputSteps) await step.run(context);
    };
    if (runMode === "build") return runSteps();
    devOutputs.start(runSteps, (error) => console.error(`[factcheck] after-build outputs failed: ${error instanceof Error ? error.message : String(error)}`));
  });
}

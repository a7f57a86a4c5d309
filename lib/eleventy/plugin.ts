/**
 * The Eleventy plugin: exposes the corpus (as page models) and site settings
 * as global data, watches the content folders, and after each build writes
 * the search index. Contributor files are never Eleventy templates.
 */
import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { formatDiagnostic } from "../content/diagnostic.ts";
import { CLAIMS_DIR, SOURCES_DIR } from "../content/load.ts";
import type { Site } from "../content/site.ts";
import { REGISTRY_FILE } from "../content/registry.ts";
import { buildSiteModel } from "../render/view-model.ts";
import { CONTENT_SECURITY_POLICY } from "../render/csp.ts";
import { takeCorpus } from "./corpus-source.ts";
import { outputSteps, type OutputContext } from "../site/outputs/index.ts";

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
  addPlugin(plugin: unknown, options?: unknown): void;
  on(event: "eleventy.after", handler: (args: { directories: { output: string } }) => Promise<void>): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
}

export default function factCheckPlugin(eleventyConfig: EleventyConfig, options: PluginOptions): void {
  const root = path.resolve(options.contentRoot);
  const { site } = options;
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Its dateToRfc3339 filter formats the Atom feed's dates.
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addGlobalData("site", () => site);
  eleventyConfig.addGlobalData("contentSecurityPolicy", () => CONTENT_SECURITY_POLICY);
  // The graph of the current build, kept for the outputs written after Eleventy.
  let current: Omit<OutputContext, "siteDir"> | undefined;
  eleventyConfig.addGlobalData("factcheck", async () => {
    const result = await takeCorpus(root);
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
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (!current) throw new ContentError("the corpus was not loaded before the build finished");
    for (const step of outputSteps) await step.run({ ...current, siteDir: directories.output });
  });
}

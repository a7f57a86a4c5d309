/**
 * The one Eleventy configuration, used by the production build (Eleventy's
 * programmatic API, `config` callback) and by the dev server (.eleventy.js).
 * The caller says where each build's corpus comes from; contributor files are
 * never Eleventy templates, only pages/ is. The page models are global data.
 */
import { compactHtml } from "../render/compact-html.ts";
import { CONTENT_SECURITY_POLICY } from "../render/csp.ts";
import { SEARCH_MODULES } from "../render/search-modules.ts";
import { ZH_HANS_TEXT } from "../render/zh-hans-text.ts";
import { siteUrls } from "../render/urls.ts";
import { runOutputs } from "../site/outputs/index.ts";
import type { RenderedCorpus } from "../site/rendered-corpus.ts";
import { cacheNunjucksCompiles, type NunjucksModule } from "./nunjucks-compile-cache.ts";
import { OutputQueue } from "./output-queue.ts";

/** Where the templates are, relative to the project (the working folder). */
export const PAGES_DIR = "pages";
/** Relative to PAGES_DIR, as Eleventy expects. */
const INCLUDES_DIR = "../_includes";

export interface ConfigureOptions {
  /** The corpus to render, asked for once at the start of each build. */
  readonly corpus: () => Promise<RenderedCorpus>;
  /**
   * True for the dev server: the output steps run after each build (in the
   * background while serving). The production build runs them itself, timing each.
   */
  readonly runOutputs: boolean;
  /**
   * Whether the site has a service worker and its pages register it: the
   * production build's does; the dev server's never (its cache would answer
   * the reloads that show each edit), and its pages remove one that a
   * production build left registered on the same origin.
   */
  readonly serviceWorker: boolean;
  /** Content files and folders whose change starts a rebuild (the dev server). */
  readonly watch?: readonly string[];
  /** Like `watch`, but a change also reloads this configuration (the site settings: the path prefix is configuration). */
  readonly watchAndReset?: readonly string[];
  /** Told the output path of each page Eleventy renders (the build's progress). */
  readonly onPage?: (outputPath: string) => void;
}

type RunMode = "build" | "watch" | "serve";

/** What the dev server prints when a build's outputs (search index, offline copy, open data…) are written. */
export const OUTPUTS_WRITTEN = "[factcheck] search index, offline copy and data files written";
/** What it prints, with the reason, when they could not be written. */
export const OUTPUTS_FAILED = "[factcheck] after-build outputs failed";

// Eleventy's config API is untyped JavaScript; this is the part used here.
export interface EleventyConfig {
  addGlobalData(name: string, value: () => unknown): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  on(event: "eleventy.after", handler: (args: { directories: { output: string }; runMode: RunMode }) => Promise<void>): void;
  on(event: "eleventy.before" | "eleventy.reset", handler: () => Promise<void>): void;
  on(event: "eleventy.engine.njk", handler: (args: { nunjucks: NunjucksModule }) => void): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
}

export function configure(eleventyConfig: EleventyConfig, options: ConfigureOptions): void {
  eleventyConfig.setInputDirectory(PAGES_DIR);
  eleventyConfig.setIncludesDirectory(INCLUDES_DIR);
  // Pages are Nunjucks with their prose in HTML: no Markdown pass over text the templates print (contributor
  // Markdown is rendered by lib/markdown, never by Eleventy).
  eleventyConfig.setTemplateFormats("njk");
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }) => cacheNunjucksCompiles(nunjucks));
  eleventyConfig.addPassthroughCopy({ assets: "assets" });
  eleventyConfig.addTransform("compact-html", function (content) {
    const out = this.page.outputPath;
    if (typeof out === "string") options.onPage?.(out);
    return typeof out === "string" && out.endsWith(".html") ? compactHtml(content) : content;
  });
  // Eleventy's watcher parses imports as JavaScript and cannot read lib/'s TypeScript.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  for (const target of options.watch ?? []) eleventyConfig.addWatchTarget(target);
  for (const target of options.watchAndReset ?? []) eleventyConfig.addWatchTarget(target, { resetConfig: true });

  // In watch mode the outputs run after the browser reloads; the next build first waits for them.
  const outputs = new OutputQueue();
  // This build's corpus: asked for before any template reads the global data below.
  let current: Promise<RenderedCorpus> | undefined;
  const rendered = () => current ?? Promise.reject(new Error("a template read the corpus before Eleventy's eleventy.before event"));
  eleventyConfig.on("eleventy.before", async () => {
    await outputs.idle();
    current = options.corpus();
    // A failed load is reported by the first template that reads it, not here as well.
    current.catch(() => undefined);
  });
  eleventyConfig.on("eleventy.reset", () => outputs.idle());
  eleventyConfig.addGlobalData("site", async () => (await rendered()).site);
  eleventyConfig.addGlobalData("factcheck", async () => (await rendered()).model);
  // Templates write every internal href through urls, which applies the path prefix: the only place it is applied.
  eleventyConfig.addGlobalData("urls", async () => siteUrls((await rendered()).site.pathPrefix));
  // The Chinese pages' interface text (lib/render/zh-hans-text.ts), and their links.
  eleventyConfig.addGlobalData("zh", () => ZH_HANS_TEXT);
  eleventyConfig.addGlobalData("zhUrls", async () => siteUrls((await rendered()).site.pathPrefix, "zh-hans"));
  eleventyConfig.addGlobalData("contentSecurityPolicy", () => CONTENT_SECURITY_POLICY);
  eleventyConfig.addGlobalData("searchModules", () => SEARCH_MODULES);
  eleventyConfig.addGlobalData("serviceWorker", () => options.serviceWorker);

  if (!options.runOutputs) return;
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    const context = { ...(await rendered()), siteDir: directories.output };
    if (runMode === "build") return runOutputs(context);
    outputs.start(
      async () => {
        const started = performance.now();
        await runOutputs(context, { serviceWorker: options.serviceWorker });
        // Search and the offline copy lag the pages by this long; the line says when they have caught up.
        console.log(`${OUTPUTS_WRITTEN} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      (error) => console.error(`${OUTPUTS_FAILED}: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}

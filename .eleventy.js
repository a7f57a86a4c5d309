// Thin by design: directories and the project's plugin. All logic lives in lib/.
// Eleventy runs under tsx (see package.json) so it can import the TypeScript plugin.
import { loadSite } from "./lib/content/site.ts";
import factCheckPlugin from "./lib/eleventy/plugin.ts";

export default async function (eleventyConfig) {
  // FACTCHECK_ROOT points the site at another content folder (tests, benchmarks).
  const contentRoot = process.env.FACTCHECK_ROOT ?? ".";
  const site = await loadSite(contentRoot);
  eleventyConfig.addPlugin(factCheckPlugin, { contentRoot, site });
  // Eleventy's watcher parses imports as JavaScript and cannot read lib/'s TypeScript.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  return { pathPrefix: site.pathPrefix };
}

export const config = {
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: false,
  dir: {
    input: "pages",
    includes: "../_includes",
    output: "_site",
  },
};

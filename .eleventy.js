// The dev server (`npm start`): the project's one Eleventy configuration, with
// the content reloaded before each rebuild. All logic lives in lib/.
// Eleventy runs under tsx (see package.json) so it can import TypeScript.
import { configure } from "./lib/eleventy/configure.ts";
import { devContent, devSiteOverrides } from "./lib/eleventy/dev-content.ts";

export default async function (eleventyConfig) {
  // Read here, once: FACTCHECK_ROOT serves another content folder; the pages link to the server's own
  // address unless SITE_URL says otherwise; PATH_PREFIX and REPOSITORY_URL override data/site.yaml.
  const content = await devContent(process.env.FACTCHECK_ROOT ?? ".", devSiteOverrides(process.env, process.argv));
  configure(eleventyConfig, {
    corpus: content.next,
    runOutputs: true,
    serviceWorker: false,
    watch: content.watch,
    watchAndReset: content.watchAndReset,
  });
  return { pathPrefix: content.site.pathPrefix };
}

export const config = {
  dir: { output: "_site" },
};

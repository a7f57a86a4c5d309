/**
 * `npm run build`: checks the content, then builds the site into a staging
 * folder and swaps it into place only when everything succeeded. A failing
 * build exits non-zero and leaves the previous output exactly as it was.
 *
 *   npm run build                     content from ., site into _site/
 *   npm run build -- --root DIR       content from DIR (also FACTCHECK_ROOT)
 *   npm run build -- --output DIR     site into DIR
 *   npm run build -- --strict         a build for publication (the deploy workflow's):
 *                                     a placeholder address fails it
 *
 * SITE_URL, PATH_PREFIX and REPOSITORY_URL override `url`, `pathPrefix` and
 * `repository` in data/site.yaml.
 * What earlier builds computed is reused from `.cache/` (safe to delete).
 */
import { parseArgs } from "node:util";
import { siteOverridesFrom } from "../content/site-overrides.ts";
import { buildSite } from "../eleventy/build-site.ts";
import { buildDisplay, interactive } from "./progress.ts";
import { runWhenStarted, type Command } from "./run.ts";

/** The persistent build cache, in the project folder. */
const CACHE_FOLDER = ".cache";

export const build: Command = async ({ args, env, log }) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      root: { type: "string", default: env.FACTCHECK_ROOT ?? "." },
      output: { type: "string", default: "_site" },
      strict: { type: "boolean", default: false },
    },
  });
  const live = interactive(process.stderr, process.stdout.isTTY === true, env);
  const display = buildDisplay(live ? process.stderr : { write: (text) => log(text.replace(/\n$/, "")) }, live);
  try {
    const outcome = await buildSite({
      root: values.root,
      output: values.output,
      siteOverrides: siteOverridesFrom(env),
      strict: values.strict,
      cache: CACHE_FOLDER,
      log: display.log,
      onStage: display.onStage,
      onProgress: display.onProgress,
    });
    return outcome.ok ? 0 : 1;
  } finally {
    display.close();
  }
};

await runWhenStarted(import.meta.url, build);

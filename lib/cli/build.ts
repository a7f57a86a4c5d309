/**
 * `npm run build`: checks the content, then builds the site into a staging
 * folder and swaps it into place only when everything succeeded. A failing
 * build exits non-zero and leaves the previous `_site` exactly as it was.
 */
import { buildSite } from "../site/build-site.ts";
import { runCli } from "./run.ts";

await runCli(async ({ log }) => {
  const outcome = await buildSite({ root: process.env.FACTCHECK_ROOT ?? ".", output: "_site", log });
  return outcome.ok ? 0 : 1;
});

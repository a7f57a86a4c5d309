/**
 * `npm run build`: checks the content, then builds the site into a staging
 * folder and swaps it into place only when everything succeeded. A failing
 * build exits non-zero and leaves the previous output exactly as it was.
 *
 *   npm run build                     content from ., site into _site/
 *   npm run build -- --root DIR       content from DIR (also FACTCHECK_ROOT)
 *   npm run build -- --output DIR     site into DIR
 */
import { parseArgs } from "node:util";
import { buildSite } from "../site/build-site.ts";
import { runCli } from "./run.ts";

await runCli(async ({ log }) => {
  const { values } = parseArgs({
    options: {
      root: { type: "string", default: process.env.FACTCHECK_ROOT ?? "." },
      output: { type: "string", default: "_site" },
    },
  });
  const outcome = await buildSite({ root: values.root, output: values.output, log });
  return outcome.ok ? 0 : 1;
});

/**
 * `_headers` (Netlify/Cloudflare Pages format): the security policy on every path, a service worker and search
 * aids that are always revalidated, and Pagefind's content-named files kept for good. The rules for one path
 * carry the site's path prefix, as `_redirects` does; the security policy stays on `/*`, so it applies however
 * the host maps the prefix (a proxy that strips it, say).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CONTENT_SECURITY_POLICY_HEADER } from "../../render/csp.ts";
import { withBase } from "../../render/urls.ts";
import { CONTENT_NAMED_CACHE_CONTROL, CONTENT_NAMED_FOLDERS } from "../offline-copy/serve.mjs";
import { HEADERS_FILE } from "./host-files.ts";
import type { OutputStep } from "./index.ts";
import { WORKER_FILE } from "./service-worker.ts";

function headersFile(pathPrefix: string): string {
  const at = (sitePath: string) => withBase(sitePath, pathPrefix);
  return [
    "/*",
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    at(`/${WORKER_FILE}`),
    "  Cache-Control: no-cache",
    at("/search/aids.json"),
    "  Cache-Control: no-cache",
    at("/search/terms.json"),
    "  Cache-Control: no-cache",
    ...CONTENT_NAMED_FOLDERS.flatMap((folder) => [at(`/${folder}*`), `  Cache-Control: ${CONTENT_NAMED_CACHE_CONTROL}`]),
    "",
  ].join("\n");
}

export const headersStep: OutputStep = {
  name: "headers",
  run: async ({ siteDir, site }) => {
    await writeFile(path.join(siteDir, HEADERS_FILE), headersFile(site.pathPrefix));
  },
};

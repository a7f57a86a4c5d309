/** `_headers` (Netlify/Cloudflare Pages format): the security policy, and a service worker that is always revalidated. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CONTENT_SECURITY_POLICY_HEADER } from "../../render/csp.ts";
import { HEADERS_FILE } from "./host-files.ts";
import type { OutputStep } from "./index.ts";
import { WORKER_FILE } from "./service-worker.ts";

function headersFile(): string {
  return [
    "/*",
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    `/${WORKER_FILE}`,
    "  Cache-Control: no-cache",
    "/search/aids.json",
    "  Cache-Control: no-cache",
    "/search/terms.json",
    "  Cache-Control: no-cache",
    "",
  ].join("\n");
}

export const headersStep: OutputStep = {
  name: "headers",
  run: async ({ siteDir }) => {
    await writeFile(path.join(siteDir, HEADERS_FILE), headersFile());
  },
};

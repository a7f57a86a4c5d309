/** The shared build served on 127.0.0.1 and a Chromium to open it, for one describe block. */
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium, type Browser, type LaunchOptions } from "../../lib/harness/chromium.ts";
import { serveSite, type ServedSite } from "../../lib/site/offline-copy/serve.mjs";

export interface SiteInChromium {
  /** The server's origin, e.g. http://127.0.0.1:1234 */
  readonly url: () => string;
  readonly context: () => Browser["context"];
}

/**
 * Registers beforeAll/afterAll hooks that start and stop the server and browser. Service workers are blocked
 * unless asked for: a page that registers the worker has it precache the whole site in the background, seconds
 * of work beside the test's own (a fifth of the first-screen and Chinese search files' time), for tests that do
 * not read it; offline.test.ts reads the site through it.
 */
export function siteInChromium(options: LaunchOptions = {}): SiteInChromium {
  let server: ServedSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveSite({ root: inject("siteDir") });
    browser = await launchChromium({ serviceWorkers: "block", ...options });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.origin, context: () => browser!.context };
}

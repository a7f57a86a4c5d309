/** The built site served on 127.0.0.1 and a Chromium to open it, for one describe block. */
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium, type Browser, type LaunchOptions } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface SiteInChromium {
  /** The server's origin, e.g. http://127.0.0.1:1234 */
  readonly url: () => string;
  readonly context: () => Browser["context"];
}

/** Registers beforeAll/afterAll hooks that start and stop the server and browser. */
export function siteInChromium(options: LaunchOptions = {}): SiteInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(inject("siteDir"));
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.url, context: () => browser!.context };
}

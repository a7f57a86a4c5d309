/**
 * A former address with a fragment (a link to an excerpt at a source's old id)
 * lands on that excerpt at the new address in Chromium: the meta refresh alone
 * would drop the fragment.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Site } from "../../lib/content/site.ts";
import { redirectPage } from "../../lib/site/outputs/redirects.ts";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../../lib/harness/chromium.ts";
import { serveSite, type ServedSite } from "../../lib/site/offline-copy/serve.mjs";
import { siteSettings } from "../helpers/site-settings.ts";

const site: Site = siteSettings();

describe.skipIf(!chromePath)(chromePath ? "redirects in Chromium" : `redirects in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  let root: string;
  let server: ServedSite;
  let browser: Browser;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "factcheck-redirect-"));
    const write = async (file: string, text: string) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    };
    await write("sources/old-id/index.html", redirectPage({ from: "/sources/old-id/", to: "/sources/new-id/", title: "A source", what: "source" }, site));
    await write("sources/new-id/index.html", '<!doctype html><title>A source</title><p style="height:3000px">Top</p><h3 id="an-excerpt">An excerpt</h3>');
    await mkdir(path.join(root, "assets"));
    await copyFile("assets/redirect.js", path.join(root, "assets/redirect.js"));
    server = await serveSite({ root });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test("an old link to an excerpt arrives at the excerpt on the new page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/sources/old-id/#an-excerpt`);
    await page.waitForURL(/\/sources\/new-id\//);
    expect(new URL(page.url()).hash).toBe("#an-excerpt");
    await page.close();
  });

  test("without a fragment it arrives at the new page itself", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/sources/old-id/`);
    await page.waitForURL(/\/sources\/new-id\//);
    expect(new URL(page.url()).hash).toBe("");
    await page.close();
  });
});

/**
 * The downloadable offline copy: unzipped into a temporary folder it makes
 * one folder, whose own serve.mjs serves it on 127.0.0.1, and search works there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../../lib/harness/chromium.ts";
import { searchFor } from "../../lib/harness/search-page.ts";

describe.skipIf(!chromePath)(chromePath ? "the offline copy" : `the offline copy — skipped: ${SKIP_MESSAGE}`, () => {
  let unzipped: string;
  let folder: string;
  let server: ChildProcess;
  let address: string;
  let browser: Browser;

  beforeAll(async () => {
    const offline = path.join(inject("siteDir"), "offline");
    const [zipName] = (await readdir(offline)).filter((n) => n.endsWith(".zip"));
    const entries = unzipSync(await readFile(path.join(offline, zipName!)));
    unzipped = await mkdtemp(path.join(tmpdir(), "factcheck-offline-copy-"));
    for (const [name, bytes] of Object.entries(entries)) {
      await mkdir(path.dirname(path.join(unzipped, name)), { recursive: true });
      await writeFile(path.join(unzipped, name), bytes);
    }
    folder = path.join(unzipped, zipName!.replace(/\.zip$/, ""));
    // Port 0: the system picks a free one, and serve.mjs prints the address.
    server = spawn(process.execPath, ["serve.mjs", "0"], { cwd: folder, stdio: ["ignore", "pipe", "inherit"] });
    address = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0].replace(/\/$/, ""));
      });
      server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
    await rm(unzipped, { recursive: true, force: true });
  });

  test("unzips into one folder named after the site and the content's date", async () => {
    expect(await readdir(unzipped)).toEqual([path.basename(folder)]);
    expect(path.basename(folder)).toMatch(/^social-credit-fact-check-\d{4}-\d{2}-\d{2}$/);
  });

  test("holds the site, serve.mjs and a README that also gives python3 -m http.server", async () => {
    const names = await readdir(folder);
    expect(names).toEqual(expect.arrayContaining(["index.html", "serve.mjs", "README.txt", "pagefind", "claims"]));
    expect(names).not.toContain("offline");
    expect(await readFile(path.join(folder, "README.txt"), "utf8")).toContain("python3 -m http.server");
  });

  test("serve.mjs serves it on 127.0.0.1 and search works there", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${address}/claims/three-digit-score/`);
    expect(await page.locator("h1").textContent()).toBe("Every Chinese citizen has a three-digit social credit score.");
    const hrefs = await searchFor(page, address, "芝麻信用");
    expect(hrefs.slice(0, 3)).toContain("/claims/sesame-credit-is-government-score/");
    await page.close();
  });
});

/**
 * The dev server (`npm start`) as a contributor runs it, in a scratch copy of
 * the project: each kind of edit (a claim, a source, the site settings, a
 * template) shows in the served page, and the output steps run again after it
 * (all but the service worker). In Chromium, its pages never register a
 * service worker, and remove one a production build left on the same origin.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OUTPUTS_WRITTEN } from "../../lib/eleventy/configure.ts";
import { chromePath, launchChromium, SKIP_MESSAGE } from "../../lib/harness/chromium.ts";
import { validContentDir } from "../helpers/content-dir.ts";

/** The project files besides the content; lib/ and node_modules/ are linked, not copied. */
const COPIED = [".eleventy.js", "package.json", "pages", "_includes", "assets"];
const LINKED = ["lib", "node_modules"];
const WAIT_MS = 90_000;

let project: string;
let server: ChildProcess;
let origin: string;
let output = "";

/** The served text of `urlPath` once `check` accepts it; fails with the last text (and the server's output) if it never does. */
async function servedOnce(urlPath: string, check: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  let last = "";
  while (Date.now() < deadline) {
    last = await fetch(`${origin}${urlPath}`).then((r) => r.text()).catch(() => "");
    if (check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${urlPath} never showed the edit. Last served:\n${last.slice(0, 500)}\nServer output:\n${output.slice(-2000)}`);
}

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(project, file);
  const text = await readFile(full, "utf8");
  const edited = text.replace(from, to);
  expect(edited, `${file} has no ${String(from)}`).not.toBe(text);
  await writeFile(full, edited);
}

beforeAll(async () => {
  project = await validContentDir();
  for (const name of COPIED) await cp(name, path.join(project, name), { recursive: true });
  for (const name of LINKED) await symlink(path.resolve(name), path.join(project, name));
  // The same command as `npm start`, on a port the system picks; in its own process group, to stop it whole.
  server = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--serve", "--quiet", "--port=0"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  origin = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Server at (http:\/\/localhost:\d+)\//.exec(output);
      if (found) resolve(found[1]!);
    };
    server.stdout!.on("data", collect);
    server.stderr!.on("data", collect);
    server.on("exit", (code) => reject(new Error(`the dev server exited with ${code}:\n${output}`)));
  });
  await servedOnce("/claims/everyone-has-a-score/", (html) => html.includes("Nobody has a score."));
}, WAIT_MS);

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

/**
 * What a production build leaves in _site/sw.js, reduced to what matters here:
 * it takes control at once and answers every request, as Workbox's does.
 */
const LEFTOVER_WORKER = `self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => event.respondWith(fetch(event.request)));
`;

describe.skipIf(!chromePath)(chromePath ? "the dev server in Chromium" : `the dev server in Chromium — skipped: ${SKIP_MESSAGE}`, () => {
  test("never registers a service worker, even with a production build's worker in its output folder", async () => {
    await writeFile(path.join(project, "_site", "sw.js"), LEFTOVER_WORKER);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${origin}/claims/everyone-has-a-score/`, { waitUntil: "networkidle" });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

      // The worker a production build registered on this same origin, controlling the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.register("/sw.js");
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // The next visit removes it, and the page reloads out of its control.
      await page.reload({ waitUntil: "networkidle" });
      let state = { registrations: -1, controlled: true };
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && (state.registrations !== 0 || state.controlled); ) {
        await page.waitForLoadState("networkidle");
        state = await page
          .evaluate(async () => ({ registrations: (await navigator.serviceWorker.getRegistrations()).length, controlled: navigator.serviceWorker.controller !== null }))
          .catch(() => state);
      }
      expect(state).toEqual({ registrations: 0, controlled: false });
    } finally {
      await browser.close();
      await rm(path.join(project, "_site", "sw.js"));
    }
  });
});

describe("the dev server shows each edit", () => {
  // What the benchmark waits for before it times an edit, and tells a contributor when search has caught up.
  test("it says when a build's outputs are written", async () => {
    const deadline = Date.now() + WAIT_MS;
    while (!output.includes(OUTPUTS_WRITTEN) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain(`${OUTPUTS_WRITTEN} in `);
  });

  test("a claim: its page, and the open data written after the build", async () => {
    await edit("claims/everyone-has-a-score.md", "Nobody has a score.", "Nobody has a dev-server score.");
    await servedOnce("/claims/everyone-has-a-score/", (html) => html.includes("Nobody has a dev-server score."));
    await servedOnce("/data/claims.json", (json) => json.includes("Nobody has a dev-server score."));
    // No service worker: its cache would answer the reloads that show each edit.
    expect((await fetch(`${origin}/sw.js`)).status).toBe(404);
    // Its links lead back to the local server, never to the placeholder address.
    const html = await servedOnce("/claims/everyone-has-a-score/", () => true);
    expect(/<link rel="canonical" href="([^"]*)">/.exec(html)?.[1]).toMatch(/^http:\/\/localhost:\d+\/claims\/everyone-has-a-score\/$/);
  });

  test("a source", async () => {
    await edit("sources/a-source.md", 'title: "A source"', 'title: "A source, retitled"');
    await servedOnce("/sources/a-source/", (html) => html.includes("A source, retitled"));
  });

  test("the site settings in data/site.yaml", async () => {
    await edit("data/site.yaml", /^title: .*$/m, 'title: "Dev Server Fact Check"');
    await servedOnce("/", (html) => html.includes("<h1>Dev Server Fact Check</h1>"));
  });

  test("a claim broken and then fixed: the error names file and line, without a stack trace, and the fix shows", async () => {
    const before = output.length;
    await edit("claims/everyone-has-a-score.md", "verdict: mixed", "verdict: mixd");
    const deadline = Date.now() + WAIT_MS;
    while (!output.slice(before).includes("unknown-verdict") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const report = output.slice(before);
    expect(report).toContain("claims/everyone-has-a-score.md:3:10 error unknown-verdict");
    expect(report).not.toMatch(/^\S*\s+at /m);
    // A verdict the one-source scratch content can carry (false ones need two independent sources).
    await edit("claims/everyone-has-a-score.md", "verdict: mixd", "verdict: mostly-true");
    await servedOnce("/claims/everyone-has-a-score/", (html) => html.includes("Mostly true"));
  });

  test("a template", async () => {
    await edit("pages/about.njk", "</h1>", "</h1>\n<p>Edited template.</p>");
    await servedOnce("/about/", (html) => html.includes("<p>Edited template.</p>"));
  });
});

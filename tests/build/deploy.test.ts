/**
 * Building for a real address. The deploy workflow cannot run here, so its
 * build command runs with the environment it would set in a fork; the default
 * build warns about the placeholder address and --strict refuses it; and a
 * build of real claims under another address and folder keeps every
 * permanent link under that address and every internal link under the folder
 * (three claims that name each other as related, a withdrawn one, and what they
 * cite: claim, source, list and site pages in both languages and a moved
 * source's redirect page, without building the whole site again; pages that
 * only a larger site has, cited-by pages and numbered list pages, are checked
 * under a prefix in tests/render/site-model.test.ts).
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { realClaimsDir, validContentDir } from "../helpers/content-dir.ts";
import { npmRun, npmRunWithEnv } from "../helpers/npm-run.ts";
import { cacheWithWorker } from "../helpers/shared-cache.ts";
import { listFiles, page } from "../helpers/site-files.ts";
import { scratchFolder } from "../helpers/scratch-folders.ts";


interface Step {
  readonly uses?: string;
  readonly id?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}
const workflow = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const buildStep = steps.find((s) => s.run?.startsWith("npm run build"))!;

/** What GitHub Actions gives a fork's run for the expressions the workflow uses. */
const FORK_RUN: Record<string, string> = {
  "steps.pages.outputs.base_url": "https://a-fork.github.io/social-credit-fact-check",
  "steps.pages.outputs.base_path": "/social-credit-fact-check",
  "github.server_url": "https://github.com",
  "github.repository": "a-fork/social-credit-fact-check",
};
const evaluate = (value: string) =>
  value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expression: string) => {
    const known = FORK_RUN[expression];
    if (known === undefined) throw new Error(`the workflow uses \${{ ${expression} }}, which this test does not know`);
    return known;
  });

describe("the deploy workflow", () => {
  test("builds with --strict and deploys with actions/deploy-pages, taking the addresses from the repository it runs in", () => {
    expect(steps.map((s) => s.uses?.split("@")[0])).toEqual(
      expect.arrayContaining(["actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]),
    );
    expect(buildStep.run).toBe("npm run build -- --strict");
    expect(Object.keys(buildStep.env!).sort()).toEqual(["PATH_PREFIX", "REPOSITORY_URL", "SITE_URL"]);
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))!.with!.path).toBe("_site");
  });

  test("its build command, with the environment a fork's run sets, builds with no warning and the fork's addresses", async () => {
    const env = Object.fromEntries(Object.entries(buildStep.env!).map(([name, value]) => [name, evaluate(value)]));
    expect(env).toEqual({
      SITE_URL: "https://a-fork.github.io/social-credit-fact-check",
      PATH_PREFIX: "/social-credit-fact-check/",
      REPOSITORY_URL: "https://github.com/a-fork/social-credit-fact-check",
    });
    const output = path.join(await scratchFolder("factcheck-deploy-"), "_site");
    const args = buildStep.run!.split(" -- ")[1]!.split(" ");
    const run = await npmRunWithEnv(env, "build", ...args, "--root", await validContentDir(), "--output", output);
    expect(run.stderr).not.toContain("warning");
    expect(run.status).toBe(0);
    const claim = await page(output, "/claims/everyone-has-a-score/");
    expect(claim.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(
      "https://a-fork.github.io/social-credit-fact-check/claims/everyone-has-a-score/",
    );
    expect(claim.querySelector(".claim__report a")!.getAttribute("href")).toMatch(/^https:\/\/github\.com\/a-fork\/social-credit-fact-check\/issues\/new\?/);
  });
});

describe("the placeholder address", () => {
  test("the default build warns once, naming SITE_URL, and builds", async () => {
    const run = await npmRun("build", "--root", await validContentDir(), "--output", path.join(await scratchFolder("factcheck-default-"), "_site"));
    expect(run.status).toBe(0);
    const warnings = run.stderr.split("\n").filter((line) => line.includes(" warning "));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^data\/site\.yaml:\d+:\d+ warning placeholder-address: `url` is a placeholder \(https:\/\/social-credit-fact-check\.example\.org\).* — set SITE_URL /);
  });

  test("--strict refuses to build with it, and writes nothing", async () => {
    const output = path.join(await scratchFolder("factcheck-strict-"), "_site");
    const run = await npmRun("build", "--strict", "--root", await validContentDir(), "--output", output);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("warning placeholder-address");
    expect(run.stderr).toContain("Build stopped: --strict builds for publication, and the site's address is a placeholder. Nothing was written.");
    expect(await listFiles(output).catch(() => [])).toEqual([]);
  });
});

describe("real claims built at https://example.net/x/ under /x/", () => {
  const ADDRESS = "https://example.net/x/";
  let site: string;
  let files: string[];
  beforeAll(async () => {
    const parent = await scratchFolder("factcheck-prefixed-");
    site = path.join(parent, "_site");
    // The content is new to every cache but for the service worker's bundle, which depends on the packages only.
    const cache = await cacheWithWorker(path.join(parent, "cache"));
    const log: string[] = [];
    const root = await realClaimsDir(["three-digit-score", "sesame-credit-is-government-score", "single-national-system", "foreign-companies-unaffected"]);
    const outcome = await buildSite({ root, output: site, siteOverrides: { url: ADDRESS, pathPrefix: "/x/" }, cache, log: (line) => log.push(line) });
    expect(outcome.ok, log.join("\n")).toBe(true);
    files = await listFiles(site);
  });

  test("every address of the site in every page, feed, citation and data file is under https://example.net/x/", async () => {
    const text = files.filter((f) => /\.(html|xml|json|bib|ris|txt|csv)$/.test(f));
    let seen = 0;
    for (const file of text) {
      for (const [url] of (await readFile(path.join(site, file), "utf8")).matchAll(/https?:\/\/example\.net[^\s"'<>)\]}]*/g)) {
        seen += 1;
        // Under the address, and the folder not joined twice.
        expect([file, url.startsWith(ADDRESS) && !url.startsWith(`${ADDRESS}x/`)]).toEqual([file, true]);
      }
    }
    expect(seen).toBeGreaterThan(files.length);
  });

  test("canonical links, citations, the feed, the embed card and the offline copy carry the address", async () => {
    const claim = await page(site, "/claims/three-digit-score/");
    const permalink = `${ADDRESS}claims/three-digit-score/`;
    expect(claim.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(permalink);
    expect(claim.querySelector('meta[name="citation_public_url"]')!.getAttribute("content")).toBe(permalink);
    for (const cite of claim.querySelectorAll(".cite .cite__text")) expect(cite.text).toContain(permalink);
    // The embed card is shown as code: its link escaped once in the page.
    expect(await readFile(path.join(site, "claims/three-digit-score/index.html"), "utf8")).toContain(`&lt;a href=&quot;${permalink}&quot;&gt;`);
    expect(await readFile(path.join(site, "cite/three-digit-score.bib"), "utf8")).toContain(`url = {${permalink}}`);
    expect(await readFile(path.join(site, "cite/three-digit-score.ris"), "utf8")).toContain(`UR  - ${permalink}`);
    expect(await readFile(path.join(site, "feed.xml"), "utf8")).toContain(`<link href="${ADDRESS}feed.xml" rel="self"`);
    const zip = files.find((f) => f.startsWith("offline/") && f.endsWith(".zip"))!;
    const readme = Object.entries(unzipSync(await readFile(path.join(site, zip)))).find(([name]) => name.endsWith("/README.txt"))![1];
    expect(new TextDecoder().decode(readme)).toContain(`The latest version is at ${ADDRESS}`);
  });

  test("every internal link, script, stylesheet and form in every page is under /x/", async () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    for (const file of pages) {
      const html = await page(site, file);
      const local = html
        .querySelectorAll("[href], [src], [action]")
        .flatMap((e) => [e.getAttribute("href"), e.getAttribute("src"), e.getAttribute("action")])
        .filter((v): v is string => v?.startsWith("/") === true);
      for (const url of local) expect([file, url]).toEqual([file, expect.stringMatching(/^\/x\//)]);
    }
    // The redirect page of a source cited under another name: its link is read here, its refresh below.
    expect(pages).toContain("sources/foreign-policy-brussee-2021-via-pastebin/index.html");
    const moved = await page(site, "sources/foreign-policy-brussee-2021-via-pastebin/index.html");
    expect(moved.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/x/sources/foreign-policy-brussee-2021-via-merics/");
    // Every kind of page, in both languages: claims, sources, lists, and the site's own pages.
    const kinds = new Set(pages.map((f) => /^(?:zh-hans\/)?[^/]+/.exec(f)![0]));
    for (const kind of ["claims", "sources", "topics", "verdicts", "a-z", "search", "corrections", "methodology", "about", "offline", "index.html"]) {
      expect(kinds).toContain(kind);
      expect(kinds).toContain(`zh-hans/${kind}`);
    }
  });

  test("_headers: the security policy on every path, each rule for one path under /x/, Pagefind's content-named files kept for good", async () => {
    const headers = await readFile(path.join(site, "_headers"), "utf8");
    const [all, ...paths] = headers.split("\n").filter((line) => line.startsWith("/"));
    expect(all).toBe("/*");
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    expect(paths).toEqual(paths.map(() => expect.stringMatching(/^\/x\/./)));
    expect(headers).toContain("/x/pagefind/fragment/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    expect(headers).toContain("/x/sw.js\n  Cache-Control: no-cache\n");
  });
});

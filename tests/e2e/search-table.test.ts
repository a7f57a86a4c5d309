/**
 * The reader query table (tests/e2e/search-queries.md), written before the
 * search was tuned, run through the search page in one Chromium: each query
 * must find its claim first or in the top three, on the real build and, for
 * the rows marked so, on a build whose claims have no `alsoKnownAs`.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { chromePath, launchChromium, SKIP_MESSAGE, type Browser } from "../../lib/harness/chromium.ts";
import { searchSideBySide } from "../../lib/harness/search-page.ts";
import { serveSite, type ServedSite } from "../../lib/site/offline-copy/serve.mjs";
import { readQueryTable, type ReaderQuery } from "../helpers/search-queries.ts";

const rows = await readQueryTable();

test("the table holds at least 60 queries of every kind the issue asks for, each about a live claim", async () => {
  const count = (kind: ReaderQuery["kind"]) => rows.filter((r) => r.kind === kind).length;
  expect(rows.length).toBeGreaterThanOrEqual(60);
  expect(count("question")).toBeGreaterThanOrEqual(20);
  expect(count("misspelt")).toBeGreaterThanOrEqual(10);
  expect(count("chinese")).toBeGreaterThanOrEqual(10);
  expect(rows.filter((r) => r.expect === "first").length).toBeGreaterThanOrEqual(20);
  expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
  // A withdrawn claim's file stays as a tombstone: the claim must be among the live ones.
  const live = new Set((await loadCorpus({ root: "." })).corpus.claims.map((c) => c.id));
  expect(rows.filter((r) => !live.has(r.claim)).map((r) => `row ${r.row}: ${r.claim}`)).toEqual([]);
});

/** Where the expected claim must be, as the row says it. */
function expectFound(row: ReaderQuery, hrefs: readonly string[]): void {
  const claim = `/claims/${row.claim}/`;
  const where = `row ${row.row}, results: ${hrefs.slice(0, 5).join(" ")}`;
  if (row.expect === "first") expect(hrefs[0], where).toBe(claim);
  else expect(hrefs.slice(0, 3), where).toContain(claim);
}

/** The content with every claim's `alsoKnownAs` line removed, built into `<parent>/site`. */
async function buildWithoutAlsoKnownAs(parent: string): Promise<string> {
  const root = path.join(parent, "content");
  for (const dir of ["claims", "sources", "data"]) await cp(dir, path.join(root, dir), { recursive: true });
  for (const name of await readdir(path.join(root, "claims"))) {
    const file = path.join(root, "claims", name);
    await writeFile(file, (await readFile(file, "utf8")).replace(/^alsoKnownAs:.*\n/m, ""));
  }
  const site = path.join(parent, "site");
  expect((await buildSite({ root, output: site, cache: inject("buildCache"), log: () => {} })).ok).toBe(true);
  return site;
}

describe.skipIf(!chromePath)(chromePath ? "the reader query table" : `the reader query table — skipped: ${SKIP_MESSAGE}`, () => {
  let browser: Browser;
  let real: ServedSite;
  let plain: ServedSite;
  let parent: string;
  // A few search pages per build, each query typed into one as a reader would: Pagefind loads once per page.
  let realAnswers: Promise<string[]>[];
  let plainAnswers: Promise<string[]>[];
  const withoutAka = rows.filter((r) => r.withoutAlsoKnownAs);

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "factcheck-no-aka-"));
    const [, plainSite] = await Promise.all([
      (async () => {
        browser = await launchChromium({ serviceWorkers: "block" });
      })(),
      buildWithoutAlsoKnownAs(parent),
    ]);
    real = await serveSite({ root: inject("siteDir") });
    plain = await serveSite({ root: plainSite });
    [realAnswers, plainAnswers] = await Promise.all([
      searchSideBySide(browser.context, `${real.origin}/search/`, rows.map((r) => r.query)),
      searchSideBySide(browser.context, `${plain.origin}/search/`, withoutAka.map((r) => r.query)),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await real?.close();
    await plain?.close();
    await rm(parent, { recursive: true, force: true });
  });

  test("the build without alsoKnownAs really has none", async () => {
    for (const id of new Set(rows.map((r) => r.claim))) {
      const html = await readFile(path.join(parent, "site", "claims", id, "index.html"), "utf8");
      expect(html, id).not.toContain("Also searched as");
    }
  });

  rows.forEach((row, i) => {
    test(`${row.row}. “${row.query}” finds ${row.claim} ${row.expect === "first" ? "first" : "in the top 3"}`, async () => {
      expectFound(row, await realAnswers[i]!);
    });
  });

  withoutAka.forEach((row, i) => {
    test(`${row.row}. “${row.query}” finds ${row.claim} on claim text alone`, async () => {
      expectFound(row, await plainAnswers[i]!);
    });
  });
});

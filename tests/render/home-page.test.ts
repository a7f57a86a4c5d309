/** The home page: verdict counts, featured claims, recent changes and topics; never every claim. */
import { beforeAll, expect, test } from "vitest";
import { VALID_CLAIM } from "../helpers/content-dir.ts";
import { renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

/** Three claims reviewed on different days; "Bees" was revised. */
const claims = {
  "claims/apples.md": VALID_CLAIM.replace('"Everyone has a score."', '"Apples are scored."').replace('reviewed: "2026-01-02"', 'reviewed: "2026-03-01"'),
  "claims/bees.md": VALID_CLAIM.replace('"Everyone has a score."', '"Bees are scored."')
    .replace("published:", 'revisions:\n  - date: "2026-02-01"\n    note: "A source added."\npublished:')
    .replace('reviewed: "2026-01-02"', 'reviewed: "2026-02-01"'),
};
const perPage = { ...TEST_SITE.perPage, featured: 2, recentChanges: 2 };

let site: TestSite;
let html: string;
beforeAll(async () => {
  site = await testSite(claims, { ...TEST_SITE, perPage });
  html = renderPage("index.njk", site.globals).html;
});

const cardLinks = (page: string) => [...page.matchAll(/class="claim-card__claim" href="([^"]+)"/g)].map((m) => m[1]);

test("without a featured list, it features the most recently reviewed claims, no more than perPage.featured", () => {
  expect(site.model.home.featuredChosen).toBe(false);
  expect(cardLinks(html)).toEqual(["/fc/claims/apples/", "/fc/claims/bees/"]);
  expect(html).toContain('<h2 id="featured">Recently reviewed</h2>');
  expect(html).toContain('<a href="/fc/a-z/">All 3 claims, A–Z</a>');
});

test("a featured list is shown in its order", async () => {
  const chosen = await testSite(claims, { ...TEST_SITE, perPage, featured: ["everyone-has-a-score", "apples"] });
  const page = renderPage("index.njk", chosen.globals).html;
  expect(cardLinks(page)).toEqual(["/fc/claims/everyone-has-a-score/", "/fc/claims/apples/"]);
  expect(page).toContain('<h2 id="featured">Featured claims</h2>');
});

test("recent changes are the newest publications and revisions, linked where they show", () => {
  expect(site.model.home.recentChanges.map((c) => [c.date.iso, c.what, c.url])).toEqual([
    ["2026-02-01", "Corrected", "/fc/claims/bees/#revision-1"],
    ["2026-01-02", "New", "/fc/claims/apples/"],
  ]);
  expect(html).toContain('<li><time datetime="2026-02-01">1 February 2026</time> · Corrected: <a href="/fc/claims/bees/#revision-1">Bees are scored.</a></li>');
  expect(html).toContain('<a href="/fc/corrections/">All corrections</a>');
});

test("topics with claims are listed with their counts, linking each topic's first page", () => {
  expect(site.model.home.topics.map((t) => [t.url, t.count])).toEqual([["/fc/topics/scores/", "3 claims"]]);
  expect(html).toContain('<li><a href="/fc/topics/scores/">Scores and ratings</a> <span class="count">3 claims</span></li>');
});

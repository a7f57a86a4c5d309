/** Topic and verdict pages and the verdict counts, rendered through their templates with the real scale and topics. */
import { beforeAll, expect, test } from "vitest";
import { VALID_CLAIM } from "../helpers/content-dir.ts";
import { decodeEntities, renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});

const titleOf = (html: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(html)![1]!);
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)">/.exec(html)![1]!;

test("a topic page lists its claims; its head says the topic once escaped", () => {
  const topic = site.model.topicPages.find((t) => t.id === "private-credit")!;
  const { html, permalink } = renderPage("topic.njk", { ...site.globals, t: topic });
  expect(permalink).toBe("/topics/private-credit/");
  expect(titleOf(html)).toBe("Private credit scores — Fact & Check");
  expect(descriptionOf(html)).toBe("Commercial scores such as Sesame Credit and how they relate to the government&#39;s system.");
  expect(html).toContain("<p>No claims in this topic yet.</p>");
  const scores = site.model.topicPages.find((t) => t.id === "scores")!;
  expect(scores.claims.map((c) => c.id)).toEqual(["everyone-has-a-score"]);
});

test("a verdict page is titled with the verdict and links to its definition", () => {
  const mixed = site.model.verdictPages.find((v) => v.id === "mixed")!;
  const { html, permalink } = renderPage("verdict.njk", { ...site.globals, v: mixed });
  expect(permalink).toBe("/verdicts/mixed/");
  expect(titleOf(html)).toBe("Verdict: Mixed — Fact & Check");
  expect(descriptionOf(html)).toContain("neither &#39;true&#39; nor &#39;false&#39; describes it fairly");
  expect(html).toContain('<a href="/fc/methodology/#verdict-mixed">About the verdict scale</a>');
  expect(html).toContain('<a class="claim-card__claim" href="/fc/claims/everyone-has-a-score/">');
});

test("verdict counts follow the scale and link to each verdict's page from the home page", () => {
  expect(site.model.verdicts.map((v) => [v.id, v.count])).toEqual([
    ["true", 0],
    ["mostly-true", 0],
    ["mixed", 1],
    ["misleading", 0],
    ["mostly-false", 0],
    ["false", 0],
    ["unproven", 0],
    ["outdated", 0],
  ]);
  const { html } = renderPage("index.njk", site.globals);
  expect(html).toContain(
    '<li><a class="verdict verdict--mixed" href="/fc/verdicts/mixed/"><span class="verdict__mark" aria-hidden="true"></span>Mixed</a> <span class="count">1</span></li>',
  );
});

test("past its page size a topic continues on numbered pages, linked both ways, its first page at the topic's address", async () => {
  const claims = Object.fromEntries(
    ["Apples are scored.", "Bees are scored.", "Cats are scored."].map((text, i) => [`claims/claim-${i}.md`, VALID_CLAIM.replace('"Everyone has a score."', JSON.stringify(text))]),
  );
  const small = await testSite(claims, { ...TEST_SITE, perPage: { ...TEST_SITE.perPage, claims: 2 } });
  const scores = small.model.topicPages.filter((t) => t.id === "scores");
  expect(scores.map((t) => [t.meta.path, t.meta.title, t.claims.map((c) => c.claim)])).toEqual([
    ["/topics/scores/", "Scores and ratings (page 1 of 2)", ["Apples are scored.", "Bees are scored."]],
    ["/topics/scores/2/", "Scores and ratings (page 2 of 2)", ["Cats are scored.", "Everyone has a score."]],
  ]);
  const first = renderPage("topic.njk", { ...small.globals, t: scores[0] });
  const second = renderPage("topic.njk", { ...small.globals, t: scores[1] });
  expect(second.permalink).toBe("/topics/scores/2/");
  expect(first.html).toContain('<p class="list-status">4 claims. Page 1 of 2 shows 1–2.</p>');
  expect(first.html).toContain('<a href="/fc/topics/scores/2/" rel="next">Next<span class="visually-hidden"> page</span></a>');
  expect(first.html).not.toContain('rel="prev"');
  expect(second.html).toContain('<a href="/fc/topics/scores/" rel="prev">Previous<span class="visually-hidden"> page</span></a>');
  expect(second.html).toContain('<p class="page-nav__label">Page 2 of 2</p>');
  expect(second.html).toContain('<li><a href="/fc/topics/scores/">1</a></li><li><span aria-current="page">2</span></li>');
  // A list of one page has no page links at all.
  expect(renderPage("topic.njk", { ...site.globals, t: site.model.topicPages.find((t) => t.id === "scores") }).html).not.toContain("page-nav");
});

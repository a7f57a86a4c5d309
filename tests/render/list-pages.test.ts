/** Topic and verdict pages and the verdict counts, rendered through their templates with the real scale and topics. */
import { beforeAll, expect, test } from "vitest";
import { decodeEntities, renderPage, testSite, type TestSite } from "../helpers/render-page.ts";

let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});

const titleOf = (html: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(html)![1]!);
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)">/.exec(html)![1]!;

test("a topic page lists its claims; its head says the topic once escaped", () => {
  const topic = site.model.topics.find((t) => t.id === "private-credit")!;
  const { html, permalink } = renderPage("topic.njk", { ...site.globals, t: topic });
  expect(permalink).toBe("/topics/private-credit/");
  expect(titleOf(html)).toBe("Private credit scores — Fact & Check");
  expect(descriptionOf(html)).toBe("Commercial scores such as Sesame Credit and how they relate to the government&#39;s system.");
  expect(html).toContain("<p>No claims in this topic yet.</p>");
  const scores = site.model.topics.find((t) => t.id === "scores")!;
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

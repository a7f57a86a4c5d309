/** The shared pieces of page models: badges, cards, source citations and head metadata. */
import { beforeAll, expect, test } from "vitest";
import { modelContext, type ModelContext } from "../../lib/render/model-context.ts";
import { VALID_SOURCE } from "../helpers/content-dir.ts";
import { TEST_SITE, testSite } from "../helpers/render-page.ts";

let ctx: ModelContext;
beforeAll(async () => {
  const { corpus } = await testSite({
    "sources/a-source.md": VALID_SOURCE.replace('authors: [{name: "A. Writer"}]', 'authors: [{name: "A. Writer"}, {given: B., family: Writer}, {name: "老 C"}, {given: D., family: Writer, role: translator}]'),
  });
  ctx = modelContext(corpus, TEST_SITE);
});

test("a claim card links under the prefix and carries its verdict badge", () => {
  const card = ctx.card("everyone-has-a-score")!;
  expect(card.url).toBe("/fc/claims/everyone-has-a-score/");
  expect(card.claimHtml).toBe("Everyone has a score.");
  expect(card.verdict).toEqual({
    id: "mixed",
    label: "Mixed",
    rating: 4,
    short: "Part accurate, part inaccurate, in roughly equal measure.",
    definition: expect.stringContaining("neither 'true' nor 'false'"),
    definitionUrl: "/fc/methodology/#verdict-mixed",
    url: "/fc/verdicts/mixed/",
    prefix: "Verdict: ",
  });
  expect(ctx.card("no-such-claim")).toBeUndefined();
});

test("a source citation names every author and links to the source page", () => {
  expect(ctx.citation("a-source")).toMatchObject({
    url: "/fc/sources/a-source/",
    authors: "A. Writer, B. Writer, 老 C and D. Writer (translator)",
    published: { iso: "2018-10-23", text: "23 October 2018" },
    original: "https://example.com/article",
  });
});

test("head metadata: canonical from the path under the prefix, site defaults for what a page leaves out", () => {
  expect(ctx.meta({ path: "/a/" })).toEqual({
    path: "/a/",
    title: "",
    description: TEST_SITE.tagline,
    canonical: "https://example.org/fc/a/",
  });
  expect(ctx.ratingBounds).toEqual({ best: 6, worst: 1 });
});

test("the publisher: its About page, its policies under the prefix and as absolute URLs, its contact", () => {
  expect(ctx.publisher.url).toBe("https://example.org/fc/about/");
  expect(ctx.publisher.policies.map((p) => p.href)).toEqual(["/fc/about/#principles", "/fc/methodology/", "/fc/about/#corrections", "/fc/about/#funding"]);
  expect(ctx.publisher.organization).toEqual({
    "@type": "NewsMediaOrganization",
    name: "Fact & Check",
    url: "https://example.org/fc/about/",
    publishingPrinciples: "https://example.org/fc/about/#principles",
    correctionsPolicy: "https://example.org/fc/about/#corrections",
    verificationFactCheckingPolicy: "https://example.org/fc/methodology/",
    ownershipFundingInfo: "https://example.org/fc/about/#funding",
  });
  expect(ctx.publisher.contact).toEqual({ href: "https://example.org/repo/issues", text: "the repository’s issue tracker" });
  expect(ctx.publisher.suggestClaim).toBe("https://example.org/repo/issues/new?template=suggest-a-claim.yml");
});

test("hrefIn links to another language's pages under the prefix; the own language's are href", () => {
  expect(ctx.hrefIn("zh-hans").about("licence")).toBe("/fc/zh-hans/about/#licence");
  expect(ctx.hrefIn("en")).toBe(ctx.href);
});

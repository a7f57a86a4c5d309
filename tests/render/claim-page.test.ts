/**
 * The claim page model rendered through pages/claim.njk and the base layout:
 * contributor text is escaped exactly once, in the body and in the head.
 */
import { beforeAll, expect, test } from "vitest";
import type { ClaimPage } from "../../lib/render/claim-page.ts";
import { VALID_CLAIM } from "../helpers/content-dir.ts";
import { decodeEntities, renderPage, TEST_SITE, testSite, type RenderedPage } from "../helpers/render-page.ts";

// Every character HTML escapes, and Chinese, which it must not touch.
const CLAIM = `China's "social credit" score & <ranking> is 社会信用`;
const SUMMARY = `It's a list & <not> a "score".`;

let page: ClaimPage;
let rendered: RenderedPage;
beforeAll(async () => {
  const claim = VALID_CLAIM.replace('claim: "Everyone has a score."', `claim: ${JSON.stringify(CLAIM)}`)
    .replace('summary: "Nobody has a score."', `summary: ${JSON.stringify(SUMMARY)}`)
    .replace("published:", "revisions:\n  - date: \"2026-03-01\"\n    note: \"Verdict <re>considered.\"\n    verdict: { from: mostly-true, to: mixed }\npublished:")
    .replaceAll("2026-01-02", "2026-03-01");
  const { model, globals } = await testSite({ "claims/everyone-has-a-score.md": claim });
  page = model.claims[0]!;
  rendered = renderPage("claim.njk", { ...globals, c: page });
});

const head = (pattern: RegExp) => pattern.exec(rendered.html)?.[1];

test("the <title> says the claim exactly, each character escaped once", () => {
  const title = head(/<title>([^<]*)<\/title>/)!;
  expect(title).toBe("China&#39;s &quot;social credit&quot; score &amp; &lt;ranking&gt; is 社会信用 — Fact &amp; Check");
  expect(decodeEntities(title)).toBe(`${CLAIM} — ${TEST_SITE.title}`);
});

test("og:title and the descriptions decode to the claim and its verdict and summary", () => {
  expect(decodeEntities(head(/<meta property="og:title" content="([^"]*)">/)!)).toBe(CLAIM);
  expect(decodeEntities(head(/<meta name="description" content="([^"]*)">/)!)).toBe(`Mixed: ${SUMMARY}`);
  expect(decodeEntities(head(/<meta property="og:description" content="([^"]*)">/)!)).toBe(`Mixed: ${SUMMARY}`);
  expect(head(/<meta property="og:type" content="([^"]*)">/)).toBe("article");
});

test("the page is written at its root-relative path; its canonical URL carries the path prefix", () => {
  expect(rendered.permalink).toBe("/claims/everyone-has-a-score/");
  const canonical = "https://example.org/fc/claims/everyone-has-a-score/";
  expect(head(/<link rel="canonical" href="([^"]*)">/)).toBe(canonical);
  expect(head(/<meta property="og:url" content="([^"]*)">/)).toBe(canonical);
  expect(rendered.html).toContain(`Permanent link: <a href="${canonical}">${canonical}</a>`);
});

test("the heading escapes the claim once and marks its Chinese", () => {
  expect(rendered.html).toContain(
    '<h1 class="claim__text" data-pagefind-weight="10" data-pagefind-meta="claim">China&#39;s &quot;social credit&quot; score &amp; &lt;ranking&gt; is <span lang="zh">社会信用</span></h1>',
  );
});

test("the embedded JSON-LD is the model's ClaimReview, whose url is the canonical URL", () => {
  const json = head(/<script type="application\/ld\+json">(.*?)<\/script>/s)!;
  expect(json).not.toMatch(/[<>&]/);
  expect(JSON.parse(json)).toEqual(page.claimReview);
  expect(page.claimReview.url).toBe(page.meta.canonical);
  expect(page.claimReview.claimReviewed).toBe(CLAIM);
});

test("the verdict badge links to its definition, and the revision says what changed, text escaped", () => {
  expect(rendered.html).toContain(
    '<a class="verdict verdict--mixed" href="/fc/methodology/#verdict-mixed"><span class="verdict__mark" aria-hidden="true"></span><span class="visually-hidden">Verdict: </span>Mixed</a>',
  );
  expect(rendered.html).toContain(
    '<li id="revision-1"><time datetime="2026-03-01">1 March 2026</time>: verdict changed from <strong>Mostly true</strong> to <strong>Mixed</strong>. Verdict &lt;re&gt;considered.</li>',
  );
});

test("the embed code is shown as text, escaped once", () => {
  expect(page.embedCode).toContain("<strong>Claim:</strong> China&#39;s &quot;social credit&quot;");
  expect(rendered.html).toContain("&lt;strong&gt;Claim:&lt;/strong&gt; China&amp;#39;s &amp;quot;social credit&amp;quot;");
});

test("evidence links point at the excerpts under the prefix, and back to each citation in the text", () => {
  const [first, second] = page.evidence;
  expect(first!.excerptUrl).toBe("/fc/sources/a-source/#first-passage");
  expect(first!.citationUrl).toBe("/fc/sources/a-source/#first-passage--cite");
  expect(first!.originalPassageUrl).toBe("https://example.com/article#:~:text=The%20first%20passage%2C%20quoted%20word%20for%20word.");
  expect(second!.backlinks).toEqual([{ href: "#c2-1", text: "^", label: "Back to the text" }]);
  for (const e of page.evidence) for (const b of e.backlinks) expect(rendered.html).toContain(`id="${b.href.slice(1)}"`);
  expect(page.citeFiles.map((f) => f.href)).toEqual(["/fc/cite/everyone-has-a-score.bib", "/fc/cite/everyone-has-a-score.ris", "/fc/cite/everyone-has-a-score.json"]);
});

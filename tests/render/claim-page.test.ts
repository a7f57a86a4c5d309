/**
 * The claim page model rendered through pages/claim.njk and the base layout:
 * contributor text is escaped exactly once, in the body and in the head.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { ClaimPage } from "../../lib/render/claim-page.ts";
import { VALID_CLAIM, VALID_SOURCE } from "../helpers/content-dir.ts";
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
  expect(decodeEntities(head(/<meta name="twitter:title" content="([^"]*)">/)!)).toBe(CLAIM);
  // A web page, so that reference managers do not take it for a journal article.
  expect(head(/<meta property="og:type" content="([^"]*)">/)).toBe("website");
});

test("reference managers read the claim page as itself: its title, publisher, dates and permanent URL", () => {
  const tags = [...rendered.html.matchAll(/<meta name="(citation_[a-z_]+|DC\.[a-z]+)" content="([^"]*)">/g)].map(([, name, content]) => [name, decodeEntities(content!)]);
  expect(tags).toEqual([
    ["citation_title", CLAIM],
    ["citation_publisher", "Fact & Check"],
    ["citation_publication_date", "2026/03/01"],
    ["citation_online_date", "2026/03/01"],
    ["citation_public_url", "https://example.org/fc/claims/everyone-has-a-score/"],
    ["citation_language", "en"],
    ["DC.type", "webpage"],
    ["DC.rights", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), except quotations"],
  ]);
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

test("the verdict comes first, with its one-line meaning and a link to its definition; then the dateline and what is true", () => {
  const order = ["claim__text", "verdict-box__label", "verdict-box__short", "dateline", "whats-true", "explanation"].map((c) => rendered.html.indexOf(`class="${c}"`));
  expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  expect(rendered.html).toContain(
    '<p class="verdict-box__label"><span class="verdict__mark" aria-hidden="true"></span><span class="visually-hidden">Our verdict: </span>Mixed</p>',
  );
  expect(rendered.html).toContain(
    '<p class="verdict-box__short">Part accurate, part inaccurate, in roughly equal measure. <a href="/fc/methodology/#verdict-mixed">What this verdict means</a></p>',
  );
  expect(rendered.html).toContain(
    '<p class="dateline">Published <time datetime="2026-03-01">1 March 2026</time> · Last reviewed <time datetime="2026-03-01">1 March 2026</time> · <a href="#revision-1">Corrected <time datetime="2026-03-01">1 March 2026</time></a></p>',
  );
});

test("the revision says what changed, text escaped", () => {
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
  expect(first!.original).toEqual({ href: "https://example.com/article#:~:text=The%20first%20passage%2C%20quoted%20word%20for%20word." });
  expect(second!.backlinks).toEqual([{ href: "#c2-1", text: "↑", label: "Back to the text" }]);
  for (const e of page.evidence) for (const b of e.backlinks) expect(rendered.html).toContain(`id="${b.href.slice(1)}"`);
  expect(page.citeFiles.map((f) => f.href)).toEqual(["/fc/cite/everyone-has-a-score.bib", "/fc/cite/everyone-has-a-score.ris", "/fc/cite/everyone-has-a-score.json"]);
});

describe("a claim made in public, resting on a copy with an archived original", () => {
  let made: ClaimPage;
  let html: string;
  beforeAll(async () => {
    const source = VALID_SOURCE.replace(
      "url: https://example.com/article\n",
      "url: https://example.com/article\nreadAt: https://mirror.example.net/copy\nsnapshot: https://web.archive.org/web/20190102030405/https://example.com/article\n",
    ).replace('text: "The first passage, quoted word for word."', 'text: "The first passage, quoted word for word."\n    locator: "section “Scores”, paragraph 8"');
    const claim = VALID_CLAIM.replace(
      "published:",
      `appearances:
  - title: "A later speech"
    date: "2019-05"
    url: https://example.org/later
  - title: "The first speech"
    publisher: "A think tank"
    date: "2018-10-04"
    url: https://example.org/speech
published:`,
    );
    const { model, globals } = await testSite({ "sources/a-source.md": source, "claims/everyone-has-a-score.md": claim });
    made = model.claims[0]!;
    html = renderPage("claim.njk", { ...globals, c: made }).html;
  });

  test("the claim says where it was first made, and that it was made elsewhere too", () => {
    expect(html).toContain(
      '<p class="claim__said">Said in: <a href="https://example.org/speech" rel="external">The first speech</a>, A think tank, <time datetime="2018-10-04">4 October 2018</time>; <a href="#appearances">also elsewhere</a>.</p>',
    );
  });

  test("each quote's attribution, its place in the source and the way back to the text share one line", () => {
    const line = /<p class="evidence__source">(.*?)<\/p>/.exec(html)![1]!;
    expect(decodeEntities(line.replace(/<[^>]+>/g, ""))).toBe(
      "— A. Writer, A source, A publisher, 23 October 2018. Section “Scores”, paragraph 8. ↑",
    );
  });

  test("the copy read is named as a copy, by its site; links to the original and its snapshot carry Robust Links attributes", () => {
    const links = /<p class="evidence__links">(.*?)<\/p>/.exec(html)![1]!;
    expect(links).toContain('Read from a copy at <a href="https://mirror.example.net/copy#:~:text=');
    expect(links).toContain(">mirror.example.net</a>");
    expect(links).not.toContain("copy read");
    expect(links).toContain(
      'rel="external" data-originalurl="https://example.com/article" data-versionurl="https://web.archive.org/web/20190102030405/https://example.com/article" data-versiondate="2019-01-02">In the original</a>',
    );
    expect(links).toContain(
      '<a href="https://web.archive.org/web/20190102030405/https://example.com/article" rel="external" data-originalurl="https://example.com/article" data-versiondate="2019-01-02">Archived copy</a>',
    );
  });

  test("the page links an error report with its own address filled in, and a claim suggestion", () => {
    expect(made.reportError).toBe(
      "https://example.org/repo/issues/new?template=report-an-error.yml&page=https%3A%2F%2Fexample.org%2Ffc%2Fclaims%2Feveryone-has-a-score%2F",
    );
    expect(html).toContain(`<a href="${made.reportError.replaceAll("&", "&amp;")}" rel="external">Report an error</a>`);
    expect(html).toContain('<a href="https://example.org/repo/issues/new?template=suggest-a-claim.yml" rel="external">Suggest a claim</a>');
  });
});

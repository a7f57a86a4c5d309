/** Revisions, the corrections page, the page left at a withdrawn claim's address, and the Atom feed. */
import { beforeAll, expect, test } from "vitest";
import { VALID_CLAIM, validTranslation } from "../helpers/content-dir.ts";
import { decodeEntities, renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

const REVISED = VALID_CLAIM.replace(
  "published:",
  `revisions:
  - date: "2026-02-01"
    note: "Added a <second> source."
  - date: "2026-03-01"
    note: "Re-rated."
    verdict: { from: mostly-true, to: mixed }
published:`,
).replace('reviewed: "2026-01-02"', 'reviewed: "2026-03-01"');
const WITHDRAWN = `---
claim: "Scores & 'ratings'"
published: "2026-01-05"
withdrawn:
  date: "2026-04-01"
  reason: "It duplicated <another> fact check."
---
`;

// The revised claim's translation; the Chinese feed announces only claims with a Chinese page.
const TRANSLATION = validTranslation({
  claim: "每个人都有一个<分数>。",
  summary: "没有人有分数。",
  body: "正文引用 [@a-source#first-passage] 和 [@a-source#second-passage]。",
});
const UNTRANSLATED = VALID_CLAIM.replace("Everyone has a score.", "Nobody has a score, really.");

let site: TestSite;
beforeAll(async () => {
  site = await testSite({
    "claims/everyone-has-a-score.md": REVISED,
    "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
    "claims/nobody-has-a-score.md": UNTRANSLATED,
    "claims/gone.md": WITHDRAWN,
  });
});

const feedIn = (language: string) => site.model.feeds.find((f) => f.language === language)!;

test("corrections list each revision and withdrawal newest first, linking to it on the claim page", () => {
  const [page, ...more] = site.model.corrections;
  expect(more).toEqual([]);
  expect(page!.entries.map((r) => [r.date.iso, r.url, r.withdrawn])).toEqual([
    ["2026-04-01", "/fc/claims/gone/#withdrawn", true],
    ["2026-03-01", "/fc/claims/everyone-has-a-score/#revision-2", false],
    ["2026-02-01", "/fc/claims/everyone-has-a-score/#revision-1", false],
  ]);
  const { html, permalink } = renderPage("corrections.njk", { ...site.globals, c: page });
  expect(permalink).toBe("/corrections/");
  expect(html).toContain("<title>Corrections and verdict changes — Fact &amp; Check</title>");
  expect(html).toContain(
    '<a href="/fc/claims/everyone-has-a-score/#revision-2">Everyone has a score</a>: verdict changed from <strong>Mostly true</strong> to <strong>Mixed</strong>. Re-rated.</li>',
  );
  expect(html).toContain('<a href="/fc/claims/everyone-has-a-score/#revision-1">Everyone has a score</a>: Added a &lt;second&gt; source.</li>');
  expect(html).toContain('<a href="/fc/claims/gone/#withdrawn">Scores &amp; &#39;ratings&#39;</a>: withdrawn. It duplicated &lt;another&gt; fact check.</li>');
  expect(html).toContain('<p class="list-status">3 corrections</p>');
});

test("a long corrections list continues on numbered pages, each numbered on from the last", async () => {
  const small = await testSite({ "claims/everyone-has-a-score.md": REVISED, "claims/gone.md": WITHDRAWN }, { ...TEST_SITE, perPage: { ...TEST_SITE.perPage, corrections: 2 } });
  expect(small.model.corrections.map((c) => [c.meta.path, c.entries.length, c.from])).toEqual([
    ["/corrections/", 2, 1],
    ["/corrections/2/", 1, 3],
  ]);
  const { html } = renderPage("corrections.njk", { ...small.globals, c: small.model.corrections[1] });
  expect(html).toContain('<ol class="corrections" start="3">');
  expect(html).toContain('<a href="/fc/corrections/" rel="prev">');
});

test("the Chinese corrections list has the English list's entries and pages; titles in Chinese where translated, notes in English marked lang=en", async () => {
  const revisedUntranslated = REVISED.replace("Everyone has a score.", "Nobody has a score, really.");
  const both = await testSite(
    {
      "claims/everyone-has-a-score.md": REVISED,
      "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
      "claims/nobody-has-a-score.md": revisedUntranslated,
      "claims/gone.md": WITHDRAWN,
    },
    { ...TEST_SITE, perPage: { ...TEST_SITE.perPage, corrections: 2 } },
  );
  const { corrections: en, zhHans } = both.model;
  const zh = zhHans.corrections;
  // Same page size and numbering: entry for entry, page for page.
  expect(zh.map((c) => [c.meta.path, c.entries.map((e) => e.claimId), c.from])).toEqual(
    en.map((c) => [`/zh-hans${c.meta.path}`, c.entries.map((e) => e.claimId), c.from]),
  );
  expect(zh.map((c) => c.meta.title)).toEqual(["更正与结论变更（第 1 页，共 3 页）", "更正与结论变更（第 2 页，共 3 页）", "更正与结论变更（第 3 页，共 3 页）"]);
  const rendered = zh.map((c) => renderPage("zh-hans/corrections.njk", { ...both.globals, c }));
  expect(rendered.map((r) => r.permalink)).toEqual(["/zh-hans/corrections/", "/zh-hans/corrections/2/", "/zh-hans/corrections/3/"]);
  const html = rendered.map((r) => r.html).join("");
  expect(html).toContain('<html lang="zh-Hans">');
  expect(html).toContain('<p>如需关注新增说法和更正，可使用<a href="/fc/zh-hans/feed.xml">中文 Atom 订阅</a>（只收录已有中文译文的说法）。</p>');
  expect(html).toContain('<p class="list-status">共 5 条更正。第 1 页，共 3 页，显示第 1 至 2 条。</p>');
  // The withdrawn claim has no Chinese page: its English one, said to be English.
  expect(html).toContain(
    '<a href="/fc/claims/gone/#withdrawn" hreflang="en" lang="en">Scores &amp; &#39;ratings&#39;</a>：已撤回。<span lang="en">It duplicated &lt;another&gt; fact check.</span></li>',
  );
  // The translated claim by its Chinese title (no full stop before the colon), at the entry on its Chinese page; the verdict names in Chinese.
  expect(html).toContain(
    '<a href="/fc/zh-hans/claims/everyone-has-a-score/#revision-2">每个人都有一个&lt;分数&gt;</a>：结论由<strong>基本属实</strong>改为<strong>真假参半</strong>。<span lang="en">Re-rated.</span></li>',
  );
  expect(html).toContain('<time datetime="2026-02-01">2026年2月1日</time>');
  // Not translated: the English title, marked, at the entry on the claim's Chinese page (which shows the English).
  expect(html).toContain('<a href="/fc/zh-hans/claims/nobody-has-a-score/#revision-1" lang="en">Nobody has a score, really</a>：<span lang="en">Added a &lt;second&gt; source.</span></li>');
  expect(html).toContain('<ol class="corrections" start="3">');
  expect(html).toContain('<a href="/fc/zh-hans/corrections/" rel="prev">上一页</a>');
  // Each page and its English twin point at each other.
  expect(zh[1]!.meta.languageSwitch).toMatchObject({ href: "/fc/corrections/2/", lang: "en" });
  expect(en[1]!.meta.languageSwitch).toMatchObject({ href: "/fc/zh-hans/corrections/2/", lang: "zh-Hans" });
  expect(zh[1]!.meta.alternates?.map((a) => a.href)).toEqual([
    "https://example.org/fc/corrections/2/",
    "https://example.org/fc/zh-hans/corrections/2/",
    "https://example.org/fc/corrections/2/",
  ]);
});

test("a withdrawn claim's page says when and why, at the claim's address", () => {
  const [page] = site.model.withdrawn;
  const { html, permalink } = renderPage("withdrawn.njk", { ...site.globals, w: page });
  expect(permalink).toBe("/claims/gone/");
  expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toBe("Withdrawn: Scores & 'ratings' — Fact & Check");
  expect(decodeEntities(/<meta name="description" content="([^"]*)">/.exec(html)![1]!)).toBe(
    "This fact check was withdrawn on 1 April 2026. It duplicated <another> fact check.",
  );
  expect(html).toContain('<h2 id="withdrawn">Why it was withdrawn</h2>');
});

test("the feed has one entry per publication, revision and withdrawal, newest first, with absolute links", () => {
  const feed = feedIn("en");
  expect(feed.path).toBe("/feed.xml");
  expect(feed.self).toBe("https://example.org/fc/feed.xml");
  expect(feed.updated).toBe("2026-04-01T00:00:00Z");
  expect(feed.entries.map((e) => [e.updated, e.link])).toEqual([
    ["2026-04-01T00:00:00Z", "https://example.org/fc/claims/gone/#withdrawn"],
    ["2026-03-01T00:00:00Z", "https://example.org/fc/claims/everyone-has-a-score/#revision-2"],
    ["2026-02-01T00:00:00Z", "https://example.org/fc/claims/everyone-has-a-score/#revision-1"],
    ["2026-01-02T00:00:00Z", "https://example.org/fc/claims/everyone-has-a-score/"],
    ["2026-01-02T00:00:00Z", "https://example.org/fc/claims/nobody-has-a-score/"],
  ]);
  const { html: xml, permalink } = renderPage("feed.njk", { ...site.globals, f: feed });
  expect(permalink).toBe("/feed.xml");
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  expect(xml).toContain("<title>Fact &amp; Check: new claims and corrections</title>");
  expect(xml).toContain("<title>Withdrawn: Scores &amp; &#39;ratings&#39;</title>");
  expect(xml).toContain("<updated>2026-04-01T00:00:00Z</updated>");
  expect(xml).toContain('<link href="https://example.org/fc/feed.xml" rel="self" type="application/atom+xml"/>');
  expect(xml).not.toContain("xml:lang=\"zh-Hans\"");
});

test("the Chinese feed announces the translated claims in Chinese at their Chinese addresses; English revision notes are marked English", () => {
  const feed = feedIn("zh-Hans");
  expect(feed.path).toBe("/zh-hans/feed.xml");
  expect(feed.self).toBe("https://example.org/fc/zh-hans/feed.xml");
  expect(feed.home).toBe("https://example.org/fc/zh-hans/");
  // No untranslated claim and no withdrawal: neither has a Chinese page.
  expect(feed.entries.map((e) => [e.updated, e.link, e.title, e.summary, e.summaryLang])).toEqual([
    ["2026-03-01T00:00:00Z", "https://example.org/fc/zh-hans/claims/everyone-has-a-score/#revision-2", "结论改为真假参半：每个人都有一个<分数>。", "Re-rated.", "en"],
    ["2026-02-01T00:00:00Z", "https://example.org/fc/zh-hans/claims/everyone-has-a-score/#revision-1", "更正：每个人都有一个<分数>。", "Added a <second> source.", "en"],
    ["2026-01-02T00:00:00Z", "https://example.org/fc/zh-hans/claims/everyone-has-a-score/", "新增：每个人都有一个<分数>。", "真假参半。没有人有分数。", undefined],
  ]);
  expect(feed.updated).toBe("2026-03-01T00:00:00Z");
  const { html: xml, permalink } = renderPage("feed.njk", { ...site.globals, f: feed });
  expect(permalink).toBe("/zh-hans/feed.xml");
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">');
  expect(xml).toContain("<title>社会信用事实核查：新增说法与更正</title>");
  expect(xml).toContain("<title>新增：每个人都有一个&lt;分数&gt;。</title>");
  expect(xml).toContain('<summary xml:lang="en">Added a &lt;second&gt; source.</summary>');
  expect(xml).toContain("<summary>真假参半。没有人有分数。</summary>");
  expect(xml).toContain('<link href="https://example.org/fc/zh-hans/feed.xml" rel="self" type="application/atom+xml"/>');
  expect(xml).toContain('<link href="https://example.org/fc/zh-hans/" rel="alternate" type="text/html"/>');
});

test("each page's head links the feed in its own language", () => {
  const feedLinks = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/g)].map((m) => m[0]);
  const english = site.model.claims.find((c) => c.id === "everyone-has-a-score")!;
  expect(feedLinks(renderPage("claim.njk", { ...site.globals, c: english }).html)).toEqual([
    '<link rel="alternate" type="application/atom+xml" href="/fc/feed.xml" title="Fact &amp; Check: new claims and corrections">',
  ]);
  const chinese = site.model.zhHans.claims[0]!;
  expect(feedLinks(renderPage("zh-hans/claim.njk", { ...site.globals, c: chinese }).html)).toEqual([
    '<link rel="alternate" type="application/atom+xml" href="/fc/zh-hans/feed.xml" title="社会信用事实核查：新增说法与更正">',
  ]);
  expect(feedLinks(renderPage("zh-hans/index.njk", site.globals).html)).toHaveLength(1);
  expect(feedLinks(renderPage("zh-hans/index.njk", site.globals).html)[0]).toContain('href="/fc/zh-hans/feed.xml"');
});

/**
 * The Chinese page models and templates over a small corpus: one claim with
 * a translation, one without. Every claim has a Chinese page; an untranslated
 * one shows its English, marked `lang="en"` with a Chinese note, and is no
 * `hreflang` alternate of its English page (the language switch links them).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { VALID_CLAIM, validTranslation } from "../helpers/content-dir.ts";
import { renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

const TRANSLATION = validTranslation({
  claim: "每个人都有一个<分数>。",
  summary: "没有人有分数。",
  body: "正文先引用 [@a-source#second-passage]，再引用 [@a-source#first-passage]。",
});

let site: TestSite;
beforeAll(async () => {
  site = await testSite({
    "claims/everyone-has-a-score.md": VALID_CLAIM,
    "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
    "claims/nobody-has-a-score.md": VALID_CLAIM.replace("Everyone has a score.", "Nobody has a score, really."),
  });
});

test("only the translated claim's pages are hreflang alternates; the switch links both claims' pages, under the path prefix", () => {
  const [translated, untranslated] = ["everyone-has-a-score", "nobody-has-a-score"].map((id) => site.model.claims.find((c) => c.id === id)!);
  expect(translated!.meta.alternates?.map((a) => a.hreflang)).toEqual(["en", "zh-Hans", "x-default"]);
  expect(translated!.meta.alternates?.[1]?.href).toBe("https://example.org/fc/zh-hans/claims/everyone-has-a-score/");
  expect(translated!.meta.languageSwitch).toMatchObject({ href: "/fc/zh-hans/claims/everyone-has-a-score/", lang: "zh-Hans" });
  expect(untranslated!.meta.alternates).toBeUndefined();
  expect(untranslated!.meta.languageSwitch).toMatchObject({ href: "/fc/zh-hans/claims/nobody-has-a-score/", lang: "zh-Hans" });
  const zhUntranslated = site.model.zhHans.claims.find((c) => c.id === "nobody-has-a-score")!;
  expect(zhUntranslated.meta.alternates).toBeUndefined();
  expect(zhUntranslated.meta.languageSwitch).toMatchObject({ href: "/fc/claims/nobody-has-a-score/", lang: "en" });
  expect(site.model.zhHans.claims.map((c) => c.id).sort()).toEqual(["everyone-has-a-score", "nobody-has-a-score"]);
});

test("the Chinese home: the translated claim in Chinese, the other in English marked lang=en with a note; never a link outside /zh-hans/claims/", () => {
  const html = renderPage("zh-hans/index.njk", site.globals).html;
  expect(html).toContain('<a class="claim-card__claim" href="/fc/zh-hans/claims/everyone-has-a-score/">每个人都有一个&lt;分数&gt;。</a>');
  expect(html).toContain('<a class="claim-card__claim" href="/fc/zh-hans/claims/nobody-has-a-score/"><span lang="en">Nobody has a score, really.</span></a> <span class="claim-card__note">（尚无中文译文）</span>');
  expect(html).toContain('href="/fc/zh-hans/a-z/"');
  expect(html).not.toMatch(/href="\/fc\/claims\//);
});

test("an untranslated claim's Chinese page shows the English claim, summary and explanation marked lang=en, with the Chinese note", () => {
  const c = site.model.zhHans.claims.find((p) => p.id === "nobody-has-a-score")!;
  const { html } = renderPage("zh-hans/claim.njk", { ...site.globals, c });
  expect(html).toContain('<html lang="zh-Hans">');
  expect(html).toMatch(/<h1 class="claim__text"[^>]* lang="en">Nobody has a score, really.<\/h1>/);
  expect(html).toContain("这条说法尚无中文译文");
  expect(html).toMatch(/<div lang="en"><p>The text cites/);
  expect(html).not.toContain("application/ld+json");
});

test("the Chinese claim page: zh-Hans, the claim escaped once, citations numbered as the English evidence, quotes in English", () => {
  const c = site.model.zhHans.claims[0]!;
  const { html } = renderPage("zh-hans/claim.njk", { ...site.globals, c });
  expect(html).toContain('<html lang="zh-Hans">');
  expect(html).toContain("每个人都有一个&lt;分数&gt;。");
  // The translation cites the second passage first; its number stays the English evidence's (2).
  expect(html).toMatch(/正文先引用 <sup class="citation">\[<a href="#ev-a-source--second-passage"[^>]*>2<\/a>\]/);
  expect(html.match(/<blockquote class="quote" lang="en">/g)).toHaveLength(2);
  expect(c.claimReview?.inLanguage).toBe("zh-Hans");
  expect(c.claimReview?.reviewRating).toMatchObject({ alternateName: "真假参半" });
});

test("a Chinese claim page's evidence is its English page's, linked to the Chinese source pages", () => {
  const en = site.model.claims.find((c) => c.id === "everyone-has-a-score")!;
  const zh = site.model.zhHans.claims.find((c) => c.id === "everyone-has-a-score")!;
  expect(zh.evidence).toHaveLength(en.evidence.length);
  zh.evidence.forEach(({ excerptUrl, citationUrl, source, quoteLang, ...quote }, i) => {
    const { excerptUrl: enExcerptUrl, citationUrl: enCitationUrl, source: enSource, ...enQuote } = en.evidence[i]!;
    expect(quote).toEqual(enQuote);
    expect([excerptUrl, citationUrl, source.url]).toEqual([enExcerptUrl, enCitationUrl, enSource.url].map((url) => url.replace(/^\/fc\//, "/fc/zh-hans/")));
    expect(excerptUrl).toMatch(/^\/fc\/zh-hans\/sources\/a-source\/#/);
    expect({ ...source, url: enSource.url }).toEqual(enSource);
    expect(quoteLang).toBe("en");
  });
});

test("the Chinese claim page names its citation markers in Chinese and does not say the quotes are English", () => {
  const c = site.model.zhHans.claims.find((p) => p.id === "everyone-has-a-score")!;
  const { html } = renderPage("zh-hans/claim.njk", { ...site.globals, c });
  const markers = html.match(/<sup class="citation">.*?<\/sup>/g) ?? [];
  expect(markers.length).toBeGreaterThan(0);
  for (const m of markers) expect(m).toMatch(/aria-label="证据 \d+"/);
  // Some sources are quoted in Chinese: the note names no language.
  const note = /<section class="evidence"[\s\S]*?<p>(.*?)<\/p>/.exec(html)![1]!;
  expect(note).not.toContain("（英文）");
  // The untranslated claim's English explanation keeps its English markers.
  const other = site.model.zhHans.claims.find((p) => p.id === "nobody-has-a-score")!;
  expect(renderPage("zh-hans/claim.njk", { ...site.globals, c: other }).html).toContain('aria-label="Evidence 1"');
});

test("the Chinese search page's 全部说法 links lead to the A–Z, as the English page's do", () => {
  const { html } = renderPage("zh-hans/search.njk", site.globals);
  const allClaims = [...html.matchAll(/<a href="([^"]*)">全部说法/g)].map((m) => m[1]);
  // The navigation's, the no-JavaScript notice's, the ways on after a search and the footer's.
  expect(allClaims).toEqual(Array(4).fill("/fc/zh-hans/a-z/"));
});

/** The `id`s of a page's h2 headings, in order. */
const sectionIds = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);

test("the Chinese About page has the English page's sections and anchors, and prints the publisher's settings as written, marked English", async () => {
  const { html, permalink } = renderPage("zh-hans/about.njk", site.globals);
  expect(permalink).toBe("/zh-hans/about/");
  expect(html).toContain('<html lang="zh-Hans">');
  expect(sectionIds(html)).toEqual(sectionIds(renderPage("about.njk", site.globals).html));
  // The settings' people, untranslated; the site is named after itself, so its people publish it.
  expect(html).toContain('发布者为 <span lang="en">The repository&#39;s maintainers</span>');
  expect(html).toContain('<li><strong lang="en">The repository&#39;s maintainers</strong>——<span lang="en">Editors</span></li>');
  // No email set: the public tracker, said to be public, and no funding declared.
  expect(html).toContain('请通过<a href="https://example.org/repo/issues">代码仓库的议题追踪页面（GitHub Issues）</a>与我们联系。那里是公开的');
  expect(html).toContain("本站尚无私人联系渠道");
  expect(html).toContain("<p><strong>未声明任何资金来源</strong>。本项目没有声明任何资助方");
  // Policies on this site are read on their Chinese pages, under the prefix.
  expect(html).toContain('本站的政策：<a href="/fc/zh-hans/about/#principles">发布原则</a>、<a href="/fc/zh-hans/methodology/">如何核查说法</a>');
  expect(html).not.toMatch(/<a href="\/fc\/(about|corrections|offline)\//);
  expect(site.model.zhHans.about.meta.languageSwitch).toMatchObject({ href: "/fc/about/", lang: "en" });
  expect(site.model.pages.about.languageSwitch).toMatchObject({ href: "/fc/zh-hans/about/", lang: "zh-Hans" });
});

test("the Chinese About page follows the settings' private channel and funding, as the English page does", async () => {
  const base = TEST_SITE;
  const other = await testSite(
    {},
    {
      ...base,
      publisher: { ...base.publisher, name: "Open <Desk>", contact: "editors@example.org", funding: [{ funder: "A & B Trust", purpose: "Hosting" }] },
      policies: { ...base.policies, ownershipFundingInfo: "https://elsewhere.example.net/funding" },
    },
  );
  const { html } = renderPage("zh-hans/about.njk", other.globals);
  expect(html).toContain('发布者为 <span lang="en">Open &lt;Desk&gt;</span>');
  expect(html).toContain('请写信给编辑：<a href="mailto:editors@example.org">editors@example.org</a>；来信不会公开。');
  expect(html).not.toContain("本站尚无私人联系渠道");
  expect(html).toContain('<li><strong lang="en">A &amp; B Trust</strong>——<span lang="en">Hosting</span></li>');
  expect(html).toContain('<a href="https://elsewhere.example.net/funding">所有权与资金</a>');
});

test("a policy in a file every language shares keeps its English address on the Chinese About page, marked English", async () => {
  const base = TEST_SITE;
  const other = await testSite({}, { ...base, policies: { ...base.policies, verificationFactCheckingPolicy: "/data/claims.json" } });
  const { html } = renderPage("zh-hans/about.njk", other.globals);
  expect(html).toContain('<a href="/fc/data/claims.json" hreflang="en">如何核查说法</a>');
  expect(html).toContain('<a href="/fc/zh-hans/about/#principles">发布原则</a>');
  expect(html).not.toContain("/zh-hans/data/");
});

test("settings text with a blank line and Markdown syntax is printed as escaped text on both About pages, never rendered", async () => {
  const base = TEST_SITE;
  const purpose = "Hosting\n\n*free* [x](https://e.example/) <b>";
  const other = await testSite(
    {},
    {
      ...base,
      publisher: {
        ...base.publisher,
        people: [{ name: "An Editor", role: "Edits\n\n_everything_" }],
        funding: [{ funder: "A & B Trust", purpose }],
      },
    },
  );
  for (const template of ["about.njk", "zh-hans/about.njk"]) {
    const { html } = renderPage(template, other.globals);
    expect(html, template).toContain("*free* [x](https://e.example/) &lt;b&gt;");
    expect(html, template).toContain("_everything_");
    expect(html, template).not.toMatch(/<em>|<a href="https:\/\/e\.example\/">/);
  }
});

test("a Chinese verdict label and definition with Markdown syntax and a blank line print as escaped text on the Chinese methodology page, never rendered", async () => {
  const verdicts = readFileSync("data/verdicts.yaml", "utf8")
    .replace('label: "不实"', 'label: "不*x*实"')
    .replace('definition: "这一说法与资料相矛盾；', 'definition: "这一说法与资料相矛盾。\\n\\n见 [a](https://e.example/)；');
  const other = await testSite({ "data/verdicts.yaml": verdicts });
  const { html } = renderPage("zh-hans/methodology.njk", other.globals);
  // The label in the verdict list, the independence rule's sentence and the rating table; the definition in the list.
  expect(html).toContain('<span class="verdict__mark" aria-hidden="true"></span>不*x*实</a></dt>');
  expect(html).toContain("结论为“不*x*实”");
  expect(html).toContain('<tr id="rating-false"><td>不*x*实</td>');
  expect(html).toContain("这一说法与资料相矛盾。\n\n见 [a](https://e.example/)；");
  expect(html).not.toMatch(/<em>|<a href="https:\/\/e\.example\/">/);
});

test("the Chinese offline page offers the one offline copy, its size left for the build to fill, its date in Chinese, and the save button's words in Chinese", () => {
  const { html, permalink } = renderPage("zh-hans/offline.njk", site.globals);
  const copy = site.model.offlineCopy;
  expect(permalink).toBe("/zh-hans/offline/");
  expect(html).toContain(`<a href="/fc/offline/${copy.fileName}" download>下载 ${copy.fileName}</a>`);
  expect(html).toContain(`<span class="offline-size">${copy.sizePlaceholder}</span>`);
  expect(html).toContain(`<time datetime="${copy.date.iso}">`);
  expect(html).toMatch(/内容截至<time datetime="[-\d]+">\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
  expect(html).toContain('<button type="button" id="_offline-save-button">');
  const words = JSON.parse(/<script type="application\/json" id="_offline-text">(.*?)<\/script>/.exec(html)![1]!) as Record<string, string>;
  expect(words.save).toBe("保存全站，供离线阅读（{size} MB）");
  expect(renderPage("offline.njk", site.globals).html).toContain('"save":"Save everything for offline ({size} MB)"');
  // The button's words are site.js's, written before the button is shown: the page leaves it empty.
  for (const template of ["offline.njk", "zh-hans/offline.njk"]) expect(renderPage(template, site.globals).html).toContain('<button type="button" id="_offline-save-button"></button>');
});

test("the Chinese navigation links the Chinese About page, and the footer the Chinese offline, A–Z, methodology, licence, corrections, feed and open data", () => {
  const { html } = renderPage("zh-hans/index.njk", site.globals);
  const nav = /<nav aria-label="网站">[\s\S]*?<\/nav>/.exec(html)![0];
  expect(nav).toContain('<a href="/fc/zh-hans/about/">关于本站</a>');
  expect(nav).not.toContain('hreflang="en">关于');
  const footer = /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)![0];
  expect(footer).toContain('采用 <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a> 许可，引文除外。<a href="/fc/zh-hans/about/#licence">许可协议</a>');
  const links = [...footer.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  expect(links).toEqual([
    ["/fc/zh-hans/offline/", "离线阅读"],
    ["/fc/zh-hans/a-z/", "全部说法（按拼音排序）"],
    ["/fc/zh-hans/methodology/", "我们如何核查说法"],
    ["https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"],
    ["/fc/zh-hans/about/#licence", "许可协议"],
    ["/fc/zh-hans/corrections/", "更正记录"],
    ["/fc/zh-hans/feed.xml", "Atom 订阅"],
    ["/fc/zh-hans/about/#open-data", "开放数据"],
    ["/fc/", "Fact &amp; Check"],
  ]);
});

describe("a corrected claim's Chinese page", () => {
  const REVISIONS = `revisions:
  - date: "2026-02-01"
    note: "Added a <second> source."
  - date: "2026-03-01"
    note: "Re-rated."
    verdict: { from: mostly-true, to: mixed }
published:`;
  const REVISED = VALID_CLAIM.replace("published:", REVISIONS).replace('reviewed: "2026-01-02"', 'reviewed: "2026-03-01"');
  let revised: TestSite;
  beforeAll(async () => {
    revised = await testSite({
      "claims/everyone-has-a-score.md": REVISED,
      "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
      "claims/nobody-has-a-score.md": REVISED.replace("Everyone has a score.", "Nobody has a score, really."),
    });
  });
  const rendered = (id: string) => {
    const zh = renderPage("zh-hans/claim.njk", { ...revised.globals, c: revised.model.zhHans.claims.find((p) => p.id === id)! }).html;
    const en = renderPage("claim.njk", { ...revised.globals, c: revised.model.claims.find((p) => p.id === id)! }).html;
    return { zh, en };
  };
  const revisionIds = (html: string) => [...html.matchAll(/<li id="(revision-\d+)">/g)].map((m) => m[1]);

  test("dates its latest correction in Chinese in the dateline, linked to the entry", () => {
    const c = revised.model.zhHans.claims.find((p) => p.id === "everyone-has-a-score")!;
    expect(c.corrected).toEqual({ date: { iso: "2026-03-01", text: "2026年3月1日" }, href: "#revision-2" });
    expect(rendered(c.id).zh).toContain(
      '<p class="dateline">发布于 <time datetime="2026-01-02">2026年1月2日</time> · 最近审核于 <time datetime="2026-03-01">2026年3月1日</time> · <a href="#revision-2">更正于 <time datetime="2026-03-01">2026年3月1日</time></a></p>',
    );
  });

  test("lists every revision at the English page's anchors: dates and verdict names in Chinese, each note verbatim in English, escaped once", () => {
    const { zh, en } = rendered("everyone-has-a-score");
    expect(zh).toContain('<section class="revisions" aria-labelledby="revisions" data-pagefind-ignore>\n    <h2 id="revisions">更正与改动</h2>');
    expect(revisionIds(zh)).toEqual(["revision-1", "revision-2"]);
    expect(revisionIds(zh)).toEqual(revisionIds(en));
    expect(zh).toContain('<li id="revision-1"><time datetime="2026-02-01">2026年2月1日</time>：<span lang="en">Added a &lt;second&gt; source.</span></li>');
    expect(zh).toContain(
      '<li id="revision-2"><time datetime="2026-03-01">2026年3月1日</time>：结论由<strong>基本属实</strong>改为<strong>真假参半</strong>。<span lang="en">Re-rated.</span></li>',
    );
  });

  test("an untranslated claim's Chinese page shows its history too, in the same Chinese words", () => {
    const { zh } = rendered("nobody-has-a-score");
    expect(zh).toContain('<a href="#revision-2">更正于 <time datetime="2026-03-01">2026年3月1日</time></a>');
    expect(revisionIds(zh)).toEqual(["revision-1", "revision-2"]);
    expect(zh).toContain("结论由<strong>基本属实</strong>改为<strong>真假参半</strong>。<span lang=\"en\">Re-rated.</span>");
  });

  test("an uncorrected claim's Chinese page has neither the dateline link nor the section", () => {
    const { html } = renderPage("zh-hans/claim.njk", { ...site.globals, c: site.model.zhHans.claims[0]! });
    expect(html).not.toContain("更正于");
    expect(html).not.toContain('class="revisions"');
  });
});

/**
 * The Chinese page models and templates over a small corpus: one claim with
 * a translation, one without. Every claim has a Chinese page; an untranslated
 * one shows its English, marked `lang="en"` with a Chinese note, and is no
 * `hreflang` alternate of its English page (the language switch links them).
 */
import { beforeAll, expect, test } from "vitest";
import { VALID_CLAIM, validTranslation } from "../helpers/content-dir.ts";
import { renderPage, testSite, type TestSite } from "../helpers/render-page.ts";

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
  // The navigation's, the no-JavaScript notice's and the ways on after a search.
  expect(allClaims).toEqual(Array(3).fill("/fc/zh-hans/a-z/"));
});

/**
 * The Chinese page models and templates over a small corpus: one claim with
 * a translation, one without. Only a translated claim has, and links to, a
 * Chinese page; the Chinese home lists translated claims only.
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

test("only the translated claim's English page has alternates and a switch, under the path prefix", () => {
  const [translated, untranslated] = ["everyone-has-a-score", "nobody-has-a-score"].map((id) => site.model.claims.find((c) => c.id === id)!);
  expect(translated!.meta.alternates?.map((a) => a.hreflang)).toEqual(["en", "zh-Hans", "x-default"]);
  expect(translated!.meta.alternates?.[1]?.href).toBe("https://example.org/fc/zh-hans/claims/everyone-has-a-score/");
  expect(translated!.meta.languageSwitch).toMatchObject({ href: "/fc/zh-hans/claims/everyone-has-a-score/", lang: "zh-Hans" });
  expect(untranslated!.meta.alternates).toBeUndefined();
  expect(untranslated!.meta.languageSwitch).toBeUndefined();
  expect(site.model.zhHans.claims.map((c) => c.id)).toEqual(["everyone-has-a-score"]);
});

test("the Chinese home lists the translated claims only, linked to their Chinese pages", () => {
  const cards = site.model.zhHans.home.topics.flatMap((t) => t.claims);
  expect(cards.map((c) => c.id)).toEqual(["everyone-has-a-score"]);
  const html = renderPage("zh-hans/index.njk", site.globals).html;
  expect(html).toContain('<a class="claim-card__claim" href="/fc/zh-hans/claims/everyone-has-a-score/">每个人都有一个&lt;分数&gt;。</a>');
  expect(html).not.toContain("nobody-has-a-score");
});

test("the Chinese claim page: zh-Hans, the claim escaped once, citations numbered as the English evidence, quotes in English", () => {
  const c = site.model.zhHans.claims[0]!;
  const { html } = renderPage("zh-hans/claim.njk", { ...site.globals, c });
  expect(html).toContain('<html lang="zh-Hans">');
  expect(html).toContain("每个人都有一个&lt;分数&gt;。");
  // The translation cites the second passage first; its number stays the English evidence's (2).
  expect(html).toMatch(/正文先引用 <sup class="citation">\[<a href="#ev-a-source--second-passage"[^>]*>2<\/a>\]/);
  expect(html.match(/<blockquote class="quote" lang="en">/g)).toHaveLength(2);
  expect(c.claimReview.inLanguage).toBe("zh-Hans");
  expect(c.claimReview.reviewRating).toMatchObject({ alternateName: "真假参半" });
});

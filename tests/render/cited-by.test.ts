/**
 * "Cited by" on source pages: under each excerpt the first few claims, and
 * past that a link to the source's full list, excerpt by excerpt, on
 * numbered pages.
 */
import { beforeAll, expect, test } from "vitest";
import type { CitedByPage } from "../../lib/render/cited-by.ts";
import type { SourcePage } from "../../lib/render/source-page.ts";
import { translationHash } from "../../lib/content/translation.ts";
import { VALID_CLAIM } from "../helpers/content-dir.ts";
import { renderPage, TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

const claims = Object.fromEntries(
  ["Apples are scored.", "Bees are scored."].map((text, i) => [`claims/claim-${i}.md`, VALID_CLAIM.replace('"Everyone has a score."', JSON.stringify(text))]),
);

let site: TestSite;
let source: SourcePage;
let pages: readonly CitedByPage[];
beforeAll(async () => {
  // Three claims cite each of the source's two excerpts: six lines, two a page.
  site = await testSite(claims, { ...TEST_SITE, perPage: { ...TEST_SITE.perPage, citedBy: 1, claims: 2 } });
  source = site.model.sources[0]!;
  pages = site.model.sourceCitedBy;
});

test("the source page shows the first claim under each excerpt and links the rest where that excerpt's list begins", () => {
  expect(source.excerpts.map((e) => [e.id, e.citedBy.claims.map((c) => c.claim), e.citedBy.total, e.citedBy.all])).toEqual([
    ["first-passage", ["Apples are scored."], 3, "/fc/sources/a-source/cited-by/#first-passage"],
    ["second-passage", ["Apples are scored."], 3, "/fc/sources/a-source/cited-by/2/#second-passage"],
  ]);
  const { html } = renderPage("source.njk", { ...site.globals, s: source });
  expect(html).toContain('<p class="more"><a href="/fc/sources/a-source/cited-by/2/#second-passage">All 3 claims citing this excerpt</a></p>');
});

test("the full list has every citing claim once per excerpt, in pages that are never empty", () => {
  expect(pages.map((p) => [p.meta.path, p.groups.map((g) => [g.id, g.continued, g.claims.map((c) => c.claim)])])).toEqual([
    ["/sources/a-source/cited-by/", [["first-passage", false, ["Apples are scored.", "Bees are scored."]]]],
    [
      "/sources/a-source/cited-by/2/",
      [
        ["first-passage", true, ["Everyone has a score."]],
        ["second-passage", false, ["Apples are scored."]],
      ],
    ],
    ["/sources/a-source/cited-by/3/", [["second-passage", true, ["Bees are scored.", "Everyone has a score."]]]],
  ]);
  expect(pages.map((p) => p.meta.title)).toEqual([1, 2, 3].map((n) => `Claims citing A source (page ${n} of 3)`));
});

test("a page of the full list links back to the source and its excerpts, and to its neighbours", () => {
  const { html, permalink } = renderPage("cited-by.njk", { ...site.globals, cb: pages[1] });
  expect(permalink).toBe("/sources/a-source/cited-by/2/");
  expect(html).toContain('<p class="eyebrow">Claims citing this source</p>\n<h1>A source</h1>');
  expect(html).toContain('<p class="lede">3 claims cite this source. Each excerpt is listed with every claim that quotes it. <a href="/fc/sources/a-source/">Back to the source</a>.</p>');
  expect(html).toContain(
    '<h2 id="first-passage" class="cited-by__excerpt"><a href="/fc/sources/a-source/#first-passage">The first passage, quoted word for word.</a> <span class="continued">(continued)</span></h2>',
  );
  expect(html).toContain('<a href="/fc/sources/a-source/cited-by/" rel="prev">');
  expect(html).toContain('<a href="/fc/sources/a-source/cited-by/3/" rel="next">');
});

test("a source whose page shows every citing claim has no full list", async () => {
  const roomy = await testSite(claims);
  expect(roomy.model.sourceCitedBy).toEqual([]);
  expect(roomy.model.sources[0]!.excerpts.map((e) => [e.citedBy.claims.length, e.citedBy.all])).toEqual([
    [3, undefined],
    [3, undefined],
  ]);
});

test("a Chinese source page and its cited-by pages list the citing claims in the Chinese A–Z index's order (pinyin), not the English one", async () => {
  // English order: apples (苹果, píngguǒ), bees (蜜蜂, mìfēng), everyone (大家, dàjiā); in code points 大 < 苹 < 蜜.
  const chinese = { "Apples are scored.": "苹果有分数。", "Bees are scored.": "蜜蜂有分数。", "Everyone has a score.": "大家都有分数。" };
  const files: Record<string, string> = {};
  for (const [i, [english, zh]] of Object.entries(chinese).entries()) {
    const id = `claim-${i}`;
    const claim = VALID_CLAIM.replace('"Everyone has a score."', JSON.stringify(english));
    const body = claim.slice(claim.lastIndexOf("---\n") + 4);
    const hash = translationHash({ claim: english, summary: "Nobody has a score.", body });
    files[`claims/${id}.md`] = claim;
    files[`claims/${id}.zh-hans.md`] = ["---", `claim: ${JSON.stringify(zh)}`, 'summary: "没有人有分数。"', `translatedFrom: "${hash}"`, "---", "正文引用 [@a-source#first-passage] 和 [@a-source#second-passage]。", ""].join("\n");
  }
  // Four claims cite each excerpt (with the test site's own, untranslated): eight lines, three a page.
  const { zhHans } = (await testSite(files, { ...TEST_SITE, perPage: { ...TEST_SITE.perPage, citedBy: 1, claims: 3 } })).model;
  // The index files claims by letter, a Chinese one by its pinyin initial: the untranslated claim stands under E.
  const pinyin = ["大家都有分数。", "Everyone has a score.", "蜜蜂有分数。", "苹果有分数。"];
  expect(zhHans.claimIndex.flatMap((p) => p.groups.flatMap((g) => g.claims.map((c) => c.claim)))).toEqual(pinyin);
  expect(zhHans.sources[0]!.excerpts.map((e) => [e.citedBy.claims.map((c) => c.claim), e.citedBy.total, e.citedBy.all])).toEqual([
    [[pinyin[0]], 4, "/fc/zh-hans/sources/a-source/cited-by/#first-passage"],
    [[pinyin[0]], 4, "/fc/zh-hans/sources/a-source/cited-by/2/#second-passage"],
  ]);
  expect(zhHans.sourceCitedBy.map((p) => [p.meta.path, p.groups.map((g) => [g.id, g.continued, g.claims.map((c) => c.claim)])])).toEqual([
    ["/zh-hans/sources/a-source/cited-by/", [["first-passage", false, pinyin.slice(0, 3)]]],
    [
      "/zh-hans/sources/a-source/cited-by/2/",
      [
        ["first-passage", true, pinyin.slice(3)],
        ["second-passage", false, pinyin.slice(0, 2)],
      ],
    ],
    ["/zh-hans/sources/a-source/cited-by/3/", [["second-passage", true, pinyin.slice(2)]]],
  ]);
});

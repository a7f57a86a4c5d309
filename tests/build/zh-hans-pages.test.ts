/**
 * The Chinese pages of the built site: every translated claim has a page at
 * /zh-hans/claims/<id>/, and each English/Chinese pair points at the other
 * (hreflang alternates, absolute, both ways, x-default English; the language
 * switch), with the evidence quoted verbatim in its own language.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { escapeHtml } from "../../lib/render/escape.ts";
import { absoluteUrl, pathsIn } from "../../lib/render/urls.ts";
import { CLAIM_PAGE_BUDGET_BYTES as MAX_PAGE_BYTES } from "../../lib/site/page-budget.ts";

let corpus: Corpus;
beforeAll(async () => {
  corpus = (await loadCorpus({ root: "." })).corpus;
});

const page = (urlPath: string) => readFile(path.join(inject("siteDir"), urlPath, "index.html"), "utf8");
const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (html: string, pattern: RegExp) => html.match(pattern) ?? [];

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
/** The text of an HTML fragment: tags dropped, the five escapes undone. */
const textOf = (fragment: string) => fragment.replace(/<[^>]+>/g, "").replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

function alternatesOf(html: string): Record<string, string> {
  const links = tags(html, /<link rel="alternate" hreflang="[^"]*" href="[^"]*">/g);
  return Object.fromEntries(links.map((l) => [attribute(l, "hreflang")!, attribute(l, "href")!]));
}

function switchOf(html: string): { href?: string; lang?: string } {
  const link = tags(html, /<a class="language-switch"[^>]*>/g)[0] ?? "";
  return { href: attribute(link, "href"), lang: attribute(link, "hreflang") };
}

describe("every English/Chinese claim pair", () => {
  test("has at least 45 pairs", () => {
    expect(corpus.translations.length).toBeGreaterThanOrEqual(45);
  });

  test("points each way: hreflang alternates (absolute, x-default English) and the language switch", async () => {
    const { url, pathPrefix } = corpus.site;
    for (const t of corpus.translations) {
      const en = pathsIn.en.claim(t.claimId);
      const zh = pathsIn["zh-hans"].claim(t.claimId);
      const expected = { en: absoluteUrl(url, pathPrefix, en), "zh-Hans": absoluteUrl(url, pathPrefix, zh), "x-default": absoluteUrl(url, pathPrefix, en) };
      const [enHtml, zhHtml] = await Promise.all([page(en), page(zh)]);
      expect(alternatesOf(enHtml), en).toEqual(expected);
      expect(alternatesOf(zhHtml), zh).toEqual(expected);
      expect(switchOf(enHtml), en).toEqual({ href: zh, lang: "zh-Hans" });
      expect(switchOf(zhHtml), zh).toEqual({ href: en, lang: "en" });
    }
  });

  test("the Chinese page is in Chinese, with its ClaimReview in Chinese and the quotes verbatim in their language", async () => {
    for (const t of corpus.translations) {
      const html = await page(pathsIn["zh-hans"].claim(t.claimId));
      expect(html).toContain('<html lang="zh-Hans">');
      expect(html).toContain(escapeHtml(t.claim));
      const review = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
      expect(review).toMatchObject({ inLanguage: "zh-Hans", claimReviewed: t.claim });
      const claim = corpus.claim(t.claimId)!;
      // Each quote in its own language: mostly English, Chinese where the source is.
      const quoteLangs = tags(html, /<blockquote class="quote" lang="[^"]*">/g).map((q) => attribute(q, "lang"));
      const excerpts = claim.evidence.map((e) => corpus.excerpt(e.ref)!);
      expect(quoteLangs).toEqual(excerpts.map((x) => x.lang ?? corpus.source(x.sourceId)!.language));
      const quoted = tags(html, /<blockquote class="quote"[^>]*>.*?<\/blockquote>/gs).map(textOf);
      expect(quoted).toEqual(excerpts.map((x) => x.text));
      for (const e of claim.evidence) expect(html).toContain(`id="${e.anchor}"`);
    }
  });

  test(`claim pages in both languages stay under ${MAX_PAGE_BYTES / 1024} KB`, async () => {
    for (const t of corpus.translations) {
      for (const p of [pathsIn.en.claim(t.claimId), pathsIn["zh-hans"].claim(t.claimId)]) {
        expect(Buffer.byteLength(await page(p)), p).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      }
    }
  });
});

test("the Chinese home lists every live claim, each linking to its Chinese page", async () => {
  const html = await page(pathsIn["zh-hans"].home());
  expect(html).toContain('<html lang="zh-Hans">');
  for (const t of corpus.translations) expect(html).toContain(`href="${pathsIn["zh-hans"].claim(t.claimId)}"`);
  expect(switchOf(html)).toEqual({ href: pathsIn.en.home(), lang: "en" });
  expect(switchOf(await page(pathsIn.en.home()))).toEqual({ href: pathsIn["zh-hans"].home(), lang: "zh-Hans" });
});

/**
 * The Chinese pages of the built site: every page under /zh-hans/ (claims,
 * home, topics, verdicts, A–Z, search, methodology, about, corrections,
 * offline) has its English page, and each pair
 * points at the other: the language switch always, and the hreflang
 * alternates (absolute, both ways, x-default English) unless the Chinese page
 * shows a claim not yet translated. Translated claims are in Chinese, with the
 * evidence quoted verbatim in its own language.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { MAX_EXCERPT_CHARS } from "../../lib/content/schema.ts";
import { MAX_SOURCE_SHARE, percent } from "../../lib/content/thresholds.ts";
import { escapeHtml } from "../../lib/render/escape.ts";
import { methodology } from "../../lib/render/methodology.ts";
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

describe("every English/Chinese page pair", () => {
  test("has at least 45 translated claims, and every live claim a Chinese page", async () => {
    expect(corpus.translations.length).toBeGreaterThanOrEqual(45);
    for (const c of corpus.claims) expect(await page(pathsIn["zh-hans"].claim(c.id))).toContain('<html lang="zh-Hans">');
  });

  test("points each way, on every kind of page: the language switch, and hreflang alternates unless the claim is untranslated", async () => {
    const { url, pathPrefix } = corpus.site;
    const zhRoot = pathsIn["zh-hans"].home();
    const files = (await readdir(path.join(inject("siteDir"), zhRoot), { recursive: true })).filter((f) => f.endsWith("index.html"));
    const kinds = new Set(files.map((f) => f.split(path.sep)[0]));
    for (const kind of ["index.html", "claims", "sources", "topics", "verdicts", "a-z", "search", "methodology", "about", "corrections", "offline"]) expect(kinds).toContain(kind);
    const untranslated = new Set(corpus.claims.filter((c) => !corpus.translation(c.id, "zh-hans")).map((c) => pathsIn["zh-hans"].claim(c.id)));
    expect(untranslated.size).toBe(corpus.claims.length - corpus.translations.length);
    for (const file of files) {
      const zh = `${zhRoot}${file.replace(/index\.html$/, "")}`;
      const en = `/${file.replace(/index\.html$/, "")}`;
      const expected = { en: absoluteUrl(url, pathPrefix, en), "zh-Hans": absoluteUrl(url, pathPrefix, zh), "x-default": absoluteUrl(url, pathPrefix, en) };
      const [enHtml, zhHtml] = await Promise.all([page(en), page(zh)]);
      expect(switchOf(enHtml), en).toEqual({ href: zh, lang: "zh-Hans" });
      expect(switchOf(zhHtml), zh).toEqual({ href: en, lang: "en" });
      const both = untranslated.has(zh) ? {} : expected;
      expect(alternatesOf(enHtml), en).toEqual(both);
      expect(alternatesOf(zhHtml), zh).toEqual(both);
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
    for (const c of corpus.claims) {
      for (const p of [pathsIn.en.claim(c.id), pathsIn["zh-hans"].claim(c.id)]) {
        expect(Buffer.byteLength(await page(p)), p).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      }
    }
  });
});

test("the Chinese home features a few claims, never the whole corpus, and links the A–Z of every claim", async () => {
  const html = await page(pathsIn["zh-hans"].home());
  const linked = new Set(tags(html, /href="\/zh-hans\/claims\/[^"]+"/g));
  expect(linked.size).toBeGreaterThan(0);
  expect(linked.size).toBeLessThanOrEqual(corpus.site.perPage.featured);
  expect(html).toContain(`href="${pathsIn["zh-hans"].claimIndex()}"`);
  for (const t of corpus.topics.filter((x) => corpus.claimsInTopic(x.id).length > 0)) expect(html).toContain(`href="${pathsIn["zh-hans"].topic(t.id)}"`);
});

test("the Chinese A–Z lists every live claim once, each linking to its Chinese page", async () => {
  let html = "";
  for (let n = 1; ; n++) {
    const next = await page(pathsIn["zh-hans"].claimIndex(n)).catch(() => undefined);
    if (next === undefined) break;
    html += next;
  }
  for (const c of corpus.claims) expect(html.split(`class="claim-card__claim" href="${pathsIn["zh-hans"].claim(c.id)}"`)).toHaveLength(2);
});

test("the Chinese methodology states the numbers the English one does, from the same owner, and every verdict's Chinese definition", async () => {
  const html = await page(pathsIn["zh-hans"].methodology());
  const m = methodology(corpus.verdicts, "zh-hans");
  expect(html).toContain(`不超过 ${MAX_EXCERPT_CHARS} 个字符`);
  expect(html).toContain(`不超过总数的 ${percent(MAX_SOURCE_SHARE)}`);
  expect(html).toContain(`结论为${escapeHtml(m.independenceRules[0]!.verdicts)}的说法，必须依据至少${m.independenceRules[0]!.sources}份相互独立的资料`);
  for (const v of corpus.verdicts) expect(html).toContain(`<dt id="verdict-${v.id}">`);
  for (const v of corpus.verdicts) expect(html).toContain(escapeHtml(v["zh-hans"].definition));
});

test("the Chinese site has its own 404 page, in Chinese, linking the Chinese search", async () => {
  const html = await readFile(path.join(inject("siteDir"), pathsIn["zh-hans"].notFound()), "utf8");
  expect(html).toContain('<html lang="zh-Hans">');
  expect(html).toContain(`href="${pathsIn["zh-hans"].search()}"`);
});

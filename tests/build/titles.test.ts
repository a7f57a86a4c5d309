/**
 * What a browser tab, a bookmark, a search result and a social card show:
 * every page's title, description, og:* and twitter:* text, read as a browser
 * decodes it (once), is the text of its page model, never an entity such as
 * `&#39;`. Over the real built site, and over a built site whose claim and
 * source titles hold `'`, `"`, `&`, `<`, `>` and Chinese.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import type { PageMeta } from "../../lib/render/model-context.ts";
import { ZH_HANS_TEXT } from "../../lib/render/zh-hans-text.ts";
import { buildSiteModel } from "../../lib/render/site-model.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { contentDir } from "../helpers/content-dir.ts";
import { listFiles } from "../helpers/site-files.ts";
import { cacheCopy } from "../helpers/shared-cache.ts";

/** An HTML character reference left in text a browser already decoded: what the old output showed in tabs and cards. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** The texts a tab, a search result and a social card read from a page's head, decoded as a browser decodes them. */
function headTexts(html: HTMLElement): Record<string, string | undefined> {
  const meta = (key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
  return {
    title: html.querySelector("title")?.text,
    description: meta("description"),
    "og:title": meta("og:title"),
    "og:description": meta("og:description"),
    "twitter:title": meta("twitter:title"),
    citation_title: meta("citation_title"),
  };
}

/** Every PageMeta in the site model, wherever a page kind keeps it. */
function pageMetas(model: unknown): PageMeta[] {
  const found: PageMeta[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown) => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    const v = value as Record<string, unknown>;
    if (typeof v.path === "string" && typeof v.canonical === "string" && typeof v.description === "string" && typeof v.title === "string") {
      found.push(value as PageMeta);
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(model);
  return found;
}

const readPage = async (siteDir: string, file: string) =>
  parse(await readFile(path.join(siteDir, file), "utf8"), { blockTextElements: { script: true } });

/** The checks, for one built site and the content it was built from. */
function titleTests(load: () => { siteDir: string; corpus: Corpus }) {
  test("no page's title, description, og or twitter text contains an escaped entity", async () => {
    const { siteDir } = load();
    const pages = (await listFiles(siteDir)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    const escaped: string[] = [];
    for (const file of pages) {
      for (const [key, text] of Object.entries(headTexts(await readPage(siteDir, file)))) {
        if (text !== undefined && ENTITY.test(text)) escaped.push(`${file} ${key}: ${text}`);
      }
    }
    expect(escaped).toEqual([]);
  });

  test("every page's head says its model's title and description exactly", async () => {
    const { siteDir, corpus } = load();
    const metas = pageMetas(buildSiteModel(corpus, corpus.site));
    expect(metas.length).toBeGreaterThan(corpus.claims.length + corpus.sources.length);
    for (const meta of metas) {
      // The Chinese pages name the site in Chinese, after the separator Chinese titles use.
      const zh = meta.language === "zh-Hans";
      const siteTitle = zh ? ZH_HANS_TEXT.siteTitle : corpus.site.title;
      const file = meta.path.endsWith("/") ? `${meta.path}index.html` : meta.path;
      const texts = headTexts(await readPage(siteDir, file));
      const title = meta.title || siteTitle;
      expect({ file, ...texts, citation_title: undefined }).toEqual({
        file,
        title: meta.title ? `${meta.title}${zh ? " | " : " — "}${siteTitle}` : siteTitle,
        description: meta.description,
        "og:title": title,
        "og:description": meta.description,
        "twitter:title": title,
        citation_title: undefined,
      });
    }
  });

  test("every claim page's title starts with the claim exactly, as its ClaimReview and citation title say it", async () => {
    const { siteDir, corpus } = load();
    for (const claim of corpus.claims) {
      const html = await readPage(siteDir, `claims/${claim.id}/index.html`);
      const texts = headTexts(html);
      expect(texts.title!.startsWith(`${claim.claim} — `), texts.title).toBe(true);
      expect(texts["og:title"]).toBe(claim.claim);
      expect(texts["twitter:title"]).toBe(claim.claim);
      expect(texts.citation_title).toBe(claim.claim);
      expect(JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text).claimReviewed).toBe(claim.claim);
    }
  });

  test("every source page's title and citation title are the source's title exactly", async () => {
    const { siteDir, corpus } = load();
    for (const source of corpus.sources) {
      const texts = headTexts(await readPage(siteDir, `sources/${source.id}/index.html`));
      expect(texts.title!.startsWith(`${source.title} — `), texts.title).toBe(true);
      expect(texts.citation_title).toBe(source.title);
    }
  });
}

describe("the real site", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await loadCorpus({ root: "." })).corpus;
  });
  titleTests(() => ({ siteDir: inject("siteDir"), corpus }));
});

describe("a site whose titles hold ' \" & < > and Chinese", () => {
  const HARD = `China's "Black Mirror" score & <rank> 社会信用`;
  const Q = JSON.stringify;
  let root: string;
  let corpus: Corpus;
  beforeAll(async () => {
    root = await contentDir({
      "sources/hard-title.md": `---
title: ${Q(`${HARD}: a report`)}
publisher: ${Q("Smith & Sons <Press>")}
authors: [{given: "Jane", family: "O'Brien"}, {name: "王小明"}]
published: "2019-05-06"
url: https://example.com/report
language: zh
kind: news
excerpts:
  - id: the-passage
    text: "The passage, quoted word for word."
---
`,
      "claims/hard-title.md": `---
claim: ${Q(`${HARD}.`)}
verdict: mixed
summary: ${Q(`It's "partly" true & <sometimes> 部分正确.`)}
topics: [scores]
evidence:
  - ref: hard-title#the-passage
published: "2026-01-02"
reviewed: "2026-01-03"
---
The text cites [@hard-title#the-passage].
`,
    });
    const log: string[] = [];
    const outcome = await buildSite({ root, output: path.join(root, "_site"), cache: await cacheCopy(path.join(root, "_cache")), log: (line) => log.push(line) });
    expect(outcome.ok, log.join("\n")).toBe(true);
    corpus = (await loadCorpus({ root })).corpus;
    expect(corpus.claims.map((c) => c.claim)).toEqual([`${HARD}.`]);
  });
  titleTests(() => ({ siteDir: path.join(root, "_site"), corpus }));
});

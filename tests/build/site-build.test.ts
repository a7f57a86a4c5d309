/**
 * The real content, built (the shared test build): the cross-references
 * between claims, excerpts and sources hold both ways.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { urls } from "../../lib/render/urls.ts";
import { byId, page } from "../helpers/site-files.ts";

const site = inject("siteDir");
let corpus: Corpus;

beforeAll(async () => {
  corpus = (await loadCorpus({ root: "." })).corpus;
});

describe("claim → excerpt → source, and back", () => {
  test("the corpus is not empty (so the checks below check something)", () => {
    expect(corpus.claims.length).toBeGreaterThanOrEqual(3);
  });

  test("every claim page links each excerpt to its anchor on the source page", async () => {
    for (const claim of corpus.claims) {
      const html = await page(site, urls.claim(claim.id));
      for (const entry of claim.evidence) {
        const href = urls.excerpt(entry.sourceId, entry.excerptId);
        expect(html.querySelector(`${byId(entry.anchor)} a[href="${href}"]`), `${claim.id} → ${href}`).not.toBeNull();
        expect(html.querySelector(`${byId(entry.anchor)} blockquote`)!.text.trim()).toBe(corpus.excerpt(entry.ref)!.text);
      }
    }
  });

  test("each anchor exists on the source page and lists the claims citing that excerpt", async () => {
    for (const source of corpus.sources) {
      const html = await page(site, urls.source(source.id));
      for (const excerpt of source.excerpts) {
        const heading = html.querySelector(byId(excerpt.id));
        expect(heading, `${source.id}#${excerpt.id}`).not.toBeNull();
        const listed = heading!.parentNode!.querySelectorAll(".excerpt__cited a.claim-card__claim").map((a) => a.getAttribute("href"));
        expect(listed).toEqual(corpus.citingClaims(excerpt.ref).map((c) => urls.claim(c.id)));
      }
    }
  });

  test("inline citations link to evidence entries that link back to them", async () => {
    for (const claim of corpus.claims) {
      const html = await page(site, urls.claim(claim.id));
      for (const entry of claim.evidence) {
        const back = html.querySelectorAll(`${byId(entry.anchor)} .evidence__backlinks a`);
        expect(back).toHaveLength(entry.uses);
        for (const link of back) {
          const target = html.querySelector(byId(link.getAttribute("href")!.slice(1)));
          expect(target?.getAttribute("href")).toBe(`#${entry.anchor}`);
        }
      }
    }
  });

  test("topic and verdict pages list their claims", async () => {
    for (const topic of corpus.topics) {
      const links = (await page(site, urls.topic(topic.id))).querySelectorAll("a.claim-card__claim").map((a) => a.getAttribute("href"));
      expect(links).toEqual(corpus.claimsInTopic(topic.id).map((c) => urls.claim(c.id)));
    }
    for (const verdict of corpus.verdicts) {
      const links = (await page(site, urls.verdict(verdict.id))).querySelectorAll("a.claim-card__claim").map((a) => a.getAttribute("href"));
      expect(links).toEqual(corpus.claimsWithVerdict(verdict.id).map((c) => urls.claim(c.id)));
    }
  });

  test("the search index was written", () => {
    expect(existsSync(path.join(site, "pagefind", "pagefind.js"))).toBe(true);
  });

  test("each claim page embeds a ClaimReview whose url is the page's canonical URL", async () => {
    for (const claim of corpus.claims) {
      const html = await page(site, urls.claim(claim.id));
      const data = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
      expect(data["@type"]).toBe("ClaimReview");
      expect(data.url).toBe(html.querySelector('link[rel="canonical"]')!.getAttribute("href"));
      expect(data.claimReviewed).toBe(claim.claim);
    }
  });
});

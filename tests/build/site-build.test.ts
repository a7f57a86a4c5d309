/**
 * The real content, built (the shared test build): the cross-references
 * between claims, excerpts and sources hold both ways.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
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

  test("each anchor exists on the source page and names the claims citing that excerpt, the rest on its cited-by pages", async () => {
    const { citedBy: shown } = corpus.site.perPage;
    const claimLinks = (section: HTMLElement) => section.querySelectorAll(".claim-lines a:not(.verdict)").map((a) => a.getAttribute("href")!);
    for (const source of corpus.sources) {
      const html = await page(site, urls.source(source.id));
      for (const excerpt of source.excerpts) {
        const heading = html.querySelector(byId(excerpt.id));
        expect(heading, `${source.id}#${excerpt.id}`).not.toBeNull();
        const citing = corpus.citingClaims(excerpt.ref).map((c) => urls.claim(c.id));
        const listed = claimLinks(heading!.parentNode!);
        expect(listed).toHaveLength(Math.min(shown, citing.length));
        expect(citing).toEqual(expect.arrayContaining(listed));
        const all = heading!.parentNode!.querySelector(".excerpt__cited .more a")?.getAttribute("href");
        expect(all !== undefined, `${source.id}#${excerpt.id}: a link to every citing claim`).toBe(citing.length > shown);
        if (all === undefined) continue;
        // The excerpt's full list starts on the page the link opens; these sources' lists fit on one page.
        const [at, fragment] = all.split("#");
        const group = (await page(site, at!)).querySelector(`main section[aria-labelledby="${fragment}"]`);
        expect(claimLinks(group!).sort()).toEqual([...citing].sort());
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

  test("topic and verdict pages list their claims (the real content fits on each list's first page)", async () => {
    const listed = async (url: string) => {
      const html = await page(site, url);
      expect(html.querySelector('a[rel="next"]'), url).toBeNull();
      return html.querySelectorAll("a.claim-card__claim").map((a) => a.getAttribute("href")!).sort();
    };
    const claimLinks = (claims: readonly { id: string }[]) => claims.map((c) => urls.claim(c.id)).sort();
    for (const topic of corpus.topics) expect(await listed(urls.topic(topic.id))).toEqual(claimLinks(corpus.claimsInTopic(topic.id)));
    for (const verdict of corpus.verdicts) expect(await listed(urls.verdict(verdict.id))).toEqual(claimLinks(corpus.claimsWithVerdict(verdict.id)));
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

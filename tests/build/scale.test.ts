/**
 * The benchmark's synthetic corpus through the real pipeline at a small N:
 * the generator is valid and reproducible, every generated claim reaches the
 * site (page, search entry, open-data record), and output depends on the
 * content only, never on the clock: two builds of the same input, seconds
 * apart, are byte-identical, search index, feed and citations included.
 * The site is built with few items a page (data/site.yaml `perPage`), so most
 * lists are paginated: each list holds every item once on pages that are never
 * empty, linked in order, with every claim at most three clicks from home, no
 * link broken, and every page can be kept offline.
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import type { Corpus } from "../../lib/content/corpus.ts";
import type { Site } from "../../lib/content/site.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { urls } from "../../lib/render/urls.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { OFFLINE_MANIFEST_FILE, precachedFiles, writeServiceWorker } from "../../lib/site/outputs/service-worker.ts";
import { PAGE_BUDGET_BYTES } from "../../lib/site/page-budget.ts";
import { IN_PROCESS_LIMIT } from "../../lib/site/citations-ahead.ts";
import { readFragment } from "../../lib/site/outputs/search-aids.ts";
import { generateCorpus, type GeneratedCorpus } from "../../lib/harness/synthetic-corpus.ts";
import { cacheCopy, sharedCache } from "../helpers/shared-cache.ts";
import { listFiles, snapshot } from "../helpers/site-files.ts";
import { brokenLinks, clicksFrom, followList, parsePages } from "../helpers/site-graph.ts";

/** With their 20 sources, 100 citation records: enough that the build formats them on worker threads (citations-ahead.ts). */
const CLAIMS = 80;
/** Low enough that most lists run to several pages (the A–Z index to 20, most topics), a few to one. */
const PER_PAGE: Site["perPage"] = { claims: 4, corrections: 2, citedBy: 1, featured: 3, recentChanges: 3 };

/** The page URL of every fragment in a built Pagefind index. */
async function searchEntryUrls(siteDir: string): Promise<Set<string>> {
  const dir = path.join(siteDir, "pagefind", "fragment");
  const out = new Set<string>();
  for (const name of await readdir(dir)) {
    out.add((await readFragment(path.join(dir, name))).url);
  }
  return out;
}

describe(`a synthetic corpus of ${CLAIMS} claims`, () => {
  let work: string;
  let generated: GeneratedCorpus;
  /** The generator's files, before the test lowers the page sizes. */
  let generatedFiles: Record<string, string>;
  const first = () => path.join(work, "site-a");
  const second = () => path.join(work, "site-b");

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "factcheck-scale-"));
    generated = await generateCorpus({ root: path.join(work, "content"), claims: CLAIMS, dataDir: path.resolve("data") });
    generatedFiles = await snapshot(path.join(work, "content"));
    const settings = path.join(work, "content", "data", "site.yaml");
    const doc = parseDocument(await readFile(settings, "utf8"));
    doc.set("perPage", PER_PAGE);
    await writeFile(settings, doc.toString());
    const started = Date.now();
    // The first build with a copy of the run's cache (the content is new to it: only the service worker's bundle
    // and the zip entries of files every site has are found there), the second with none, computing everything again.
    for (const [output, cache] of [[first(), await cacheCopy(path.join(work, "cache"))], [second(), undefined]] as const) {
      // The second build starts on another second of the clock than the first.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 1100 - Date.now())));
      const outcome = await buildSite({ root: path.join(work, "content"), output, log: () => {}, ...(cache ? { cache } : {}) });
      expect(outcome.ok).toBe(true);
    }
  }, 240_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  test("has the shape the benchmark promises and loads with no diagnostics", async () => {
    expect(generated.claims).toHaveLength(CLAIMS);
    expect(generated.sources).toBe(CLAIMS / 4);
    expect(CLAIMS + generated.sources).toBeGreaterThanOrEqual(IN_PROCESS_LIMIT);
    expect(generated.topics).toBe(20);
    const result = await loadCorpus({ root: path.join(work, "content") });
    expect(result.diagnostics).toEqual([]);
    const { claims } = result.corpus;
    expect(claims).toHaveLength(CLAIMS);
    for (const claim of claims) {
      const words = claim.bodyHtml.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(claim.evidence.length).toBeGreaterThanOrEqual(3);
    }
    expect(claims.some((c) => c.aliases.length > 0)).toBe(true);
    expect(claims.some((c) => c.revisions.length > 0)).toBe(true);
    expect(claims.some((c) => c.related.length > 0)).toBe(true);
  });

  test("is the same corpus, byte for byte, when generated again", async () => {
    const again = path.join(work, "content-again");
    await generateCorpus({ root: again, claims: CLAIMS, dataDir: path.resolve("data") });
    expect(await snapshot(again)).toEqual(generatedFiles);
  });

  test("every claim has a page and a search entry", async () => {
    const entries = await searchEntryUrls(first());
    for (const { id } of generated.claims) {
      expect(existsSync(path.join(first(), urls.claim(id), "index.html")), id).toBe(true);
      expect(entries.has(urls.claim(id)), id).toBe(true);
    }
  });

  test("every page that marks content for search has a search entry, and no other page does", async () => {
    const marked = new Set<string>();
    for (const file of await listFiles(first())) {
      if (!file.endsWith(".html")) continue;
      const html = await readFile(path.join(first(), file), "utf8");
      if (html.includes("data-pagefind-body")) marked.add(`/${file.replace(/index\.html$/, "")}`);
    }
    expect(marked.size).toBeGreaterThan(CLAIMS);
    expect(await searchEntryUrls(first())).toEqual(marked);
  });

  test("every claim has a record in the open data", async () => {
    const data = JSON.parse(await readFile(path.join(first(), "data", "claims.json"), "utf8")) as { claims: { id: string }[] };
    expect(data.claims.map((c) => c.id).sort()).toEqual(generated.claims.map((c) => c.id).sort());
  });

  test("two builds of the same input are byte-identical, every file", async () => {
    const a = await snapshot(first());
    const b = await snapshot(second());
    const claim = generated.claims[0]!.id;
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["feed.xml", "data/claims.json", `cite/${claim}.bib`, "_redirects", "sw.js"]));
    expect(Object.keys(a).some((file) => file.startsWith("pagefind/"))).toBe(true);
    expect(b).toEqual(a);
  });

  describe(`paginated at ${PER_PAGE.claims} claims a page`, () => {
    let corpus: Corpus;
    let pages: Awaited<ReturnType<typeof parsePages>>;
    beforeAll(async () => {
      corpus = (await loadCorpus({ root: path.join(work, "content") })).corpus;
      pages = await parsePages(first());
    });

    /** Pages of a list: every one full but the last, which is not empty; numbered, each linking back; nothing else written under it. */
    function expectWellPaginated(list: { url: string; items: string[] }[], perPage: number, total: number, folder: string): void {
      expect(list.map((p) => p.url)).toEqual(list.map((_, i) => (i === 0 ? folder : `${folder}${i + 1}/`)));
      expect(list).toHaveLength(Math.max(1, Math.ceil(total / perPage)));
      list.forEach((p, i) => {
        expect(p.items.length, p.url).toBe(i < list.length - 1 ? perPage : total - perPage * i);
        const page = pages.get(p.url)!;
        expect(page.querySelector('a[rel="prev"]')?.getAttribute("href"), p.url).toBe(list[i - 1]?.url);
        if (list.length > 1) expect(page.querySelector(".page-nav__label")?.text, p.url).toBe(`Page ${i + 1} of ${list.length}`);
      });
      const written = [...pages.keys()].filter((url) => url.startsWith(folder) && /^(\d+\/)?$/.test(url.slice(folder.length)));
      expect(written.sort()).toEqual(list.map((p) => p.url).sort());
    }

    const claimLinks = (claims: readonly { id: string }[]) => claims.map((c) => urls.claim(c.id)).sort();

    test("the A–Z index holds every claim once", () => {
      const list = followList(urls.claimIndex(), ".claim-card__claim", pages);
      expect(list.length).toBeGreaterThanOrEqual(20);
      expectWellPaginated(list, PER_PAGE.claims, CLAIMS, urls.claimIndex());
      expect(list.flatMap((p) => p.items).sort()).toEqual(claimLinks(corpus.claims));
    });

    test("each topic and each verdict holds its claims once", () => {
      const paginated = corpus.topics.filter((t) => corpus.claimsInTopic(t.id).length > PER_PAGE.claims);
      expect(paginated.length).toBeGreaterThan(corpus.topics.length / 2);
      for (const topic of corpus.topics) {
        const list = followList(urls.topic(topic.id), ".claim-card__claim", pages);
        expectWellPaginated(list, PER_PAGE.claims, corpus.claimsInTopic(topic.id).length, urls.topic(topic.id));
        expect(list.flatMap((p) => p.items).sort()).toEqual(claimLinks(corpus.claimsInTopic(topic.id)));
      }
      for (const verdict of corpus.verdicts) {
        const list = followList(urls.verdict(verdict.id), ".claim-card__claim", pages);
        expectWellPaginated(list, PER_PAGE.claims, corpus.claimsWithVerdict(verdict.id).length, urls.verdict(verdict.id));
        expect(list.flatMap((p) => p.items).sort()).toEqual(claimLinks(corpus.claimsWithVerdict(verdict.id)));
      }
    });

    test("the corrections list holds every revision once", () => {
      const revisions = corpus.claims.flatMap((c) => c.revisions.map((_, i) => urls.revision(c.id, i)));
      expect(revisions.length).toBeGreaterThan(PER_PAGE.corrections);
      const list = followList(urls.corrections(), "ol.corrections a", pages);
      expectWellPaginated(list, PER_PAGE.corrections, revisions.length, urls.corrections());
      expect(list.flatMap((p) => p.items).sort()).toEqual(revisions.sort());
    });

    test("a source page names the first claim citing each excerpt; its cited-by pages name every one, excerpt by excerpt", () => {
      let summarised = 0;
      for (const source of corpus.sources) {
        const sourcePage = pages.get(urls.source(source.id))!;
        const citations = source.excerpts.flatMap((e) => claimLinks(corpus.citingClaims(e.ref)).map((claim) => `${e.id} ${claim}`));
        const cut = source.excerpts.some((e) => corpus.citingClaims(e.ref).length > PER_PAGE.citedBy);
        for (const e of source.excerpts) {
          const lines = sourcePage.querySelectorAll(`section[aria-labelledby="${e.id}"] .claim-lines a:not(.verdict)`);
          expect(lines.length).toBe(Math.min(PER_PAGE.citedBy, corpus.citingClaims(e.ref).length));
        }
        const list = cut ? followList(urls.sourceCitedBy(source.id), ".claim-lines a:not(.verdict)", pages) : [];
        if (!cut) {
          expect(pages.has(urls.sourceCitedBy(source.id)), source.id).toBe(false);
          continue;
        }
        summarised += 1;
        expectWellPaginated(list, PER_PAGE.claims, citations.length, urls.sourceCitedBy(source.id));
        const listed = list.flatMap((p) =>
          pages
            .get(p.url)!
            .querySelectorAll("main section")
            .flatMap((section) => section.querySelectorAll(".claim-lines a:not(.verdict)").map((a) => `${section.getAttribute("aria-labelledby")} ${a.getAttribute("href")}`)),
        );
        expect(listed.sort()).toEqual(citations.sort());
      }
      expect(summarised).toBeGreaterThan(10);
    });

    test("every claim is at most three clicks from the home page, which lists only a few", () => {
      const clicks = clicksFrom(urls.home(), pages);
      const far = corpus.claims.filter((c) => (clicks.get(urls.claim(c.id)) ?? Infinity) > 3).map((c) => c.id);
      expect(far).toEqual([]);
      expect(pages.get(urls.home())!.querySelectorAll("main .claim-card").length).toBe(PER_PAGE.featured);
    });

    test(`no page is over the ${PAGE_BUDGET_BYTES / 1024} KB budget`, async () => {
      const sizes = await Promise.all([...pages.keys()].map(async (url) => [url, (await readFile(path.join(first(), url.endsWith("/") ? `${url}index.html` : url))).length] as const));
      expect(sizes.filter(([, bytes]) => bytes > PAGE_BUDGET_BYTES)).toEqual([]);
    });

    test("every page of every list can be read offline: precached while the site is small, else listed for “Save everything” under the URL links use", async () => {
      const copy = path.join(work, "site-offline");
      await cp(first(), copy, { recursive: true });
      for (const [limit, mode] of [[1e9, "precache-all"], [1e6, "cache-on-visit"]] as const) {
        expect((await writeServiceWorker(copy, "/", { limit, cache: await sharedCache() })).mode).toBe(mode);
        const precached = (await precachedFiles(copy)).map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`);
        const manifest = JSON.parse(await readFile(path.join(copy, OFFLINE_MANIFEST_FILE), "utf8")) as { later: { url: string }[] };
        const offline = new Set([...precached, ...manifest.later.map((e) => e.url)]);
        const missing = [...pages.keys()].filter((url) => !offline.has(url));
        expect(missing, mode).toEqual([]);
      }
    });

    // What linkinator checks (as tests/build/links.test.ts runs it over the real site), in-process over the pages
    // parsed above: thousands of links to list pages, which a crawl over HTTP took most of this file's time to follow.
    test("no link or fragment is broken, and every page of every list is reached from the home page", async () => {
      expect(brokenLinks(pages, new Set(await listFiles(first())))).toEqual([]);
      const reached = clicksFrom(urls.home(), pages);
      const lists = [...pages.keys()].filter((u) => /^\/(a-z|topics|verdicts|corrections)\//.test(u));
      expect(lists.filter((url) => !reached.has(url))).toEqual([]);
    });
  });
});

/**
 * The benchmark's synthetic corpus through the real pipeline at a small N:
 * the generator is valid and reproducible, every generated claim reaches the
 * site (page, search entry, open-data record), and output depends on the
 * content only, never on the clock: two builds of the same input, seconds
 * apart, are byte-identical, search index, feed and citations included.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { urls } from "../../lib/render/urls.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { generateCorpus, type GeneratedCorpus } from "../../lib/harness/synthetic-corpus.ts";
import { listFiles, snapshot } from "../helpers/site-files.ts";

const CLAIMS = 200;
// Pagefind writes each fragment as gzip of this marker followed by JSON.
const FRAGMENT_MARKER = "pagefind_dcd";

/** The page URL of every fragment in a built Pagefind index. */
async function searchEntryUrls(siteDir: string): Promise<Set<string>> {
  const dir = path.join(siteDir, "pagefind", "fragment");
  const out = new Set<string>();
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
    expect(text.startsWith(FRAGMENT_MARKER)).toBe(true);
    out.add((JSON.parse(text.slice(FRAGMENT_MARKER.length)) as { url: string }).url);
  }
  return out;
}

describe(`a synthetic corpus of ${CLAIMS} claims`, () => {
  let work: string;
  let generated: GeneratedCorpus;
  const first = () => path.join(work, "site-a");
  const second = () => path.join(work, "site-b");

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "factcheck-scale-"));
    generated = await generateCorpus({ root: path.join(work, "content"), claims: CLAIMS, dataDir: path.resolve("data") });
    const started = Date.now();
    for (const output of [first(), second()]) {
      // The second build starts on another second of the clock than the first.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 1100 - Date.now())));
      const outcome = await buildSite({ root: path.join(work, "content"), output, log: () => {} });
      expect(outcome.ok).toBe(true);
    }
  }, 240_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  test("has the shape the benchmark promises and loads with no diagnostics", async () => {
    expect(generated.claims).toHaveLength(CLAIMS);
    expect(generated.sources).toBe(CLAIMS / 4);
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
    expect(await snapshot(again)).toEqual(await snapshot(path.join(work, "content")));
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
});

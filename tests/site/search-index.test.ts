import childProcess from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { writeLanguageIndex } from "../../lib/site/outputs/language-index.ts";
import { searchablePages, writeSearchIndex } from "../../lib/site/outputs/search-index.ts";
import { mergeSearchIndexes } from "../../lib/site/outputs/search-index-merge.ts";
import { CONTENT_NAMED_FOLDERS } from "../../lib/site/offline-copy/serve.mjs";
import { scratchFolder } from "../helpers/scratch-folders.ts";

afterEach(() => vi.restoreAllMocks());

// Only the extended binary segments Chinese (the Chinese site's pages); the English site's
// hidden Chinese field needs none, but both sites are indexed by the one binary the build starts.
test("the search index is written by Pagefind's extended binary", async () => {
  const spawn = vi.spyOn(childProcess, "spawn");
  const site = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  try {
    await mkdir(path.join(site, "claims", "a"), { recursive: true });
    await writeFile(
      path.join(site, "claims", "a", "index.html"),
      '<!doctype html><html lang="en"><head><title>A</title></head><body><article data-pagefind-body><h1>Sesame credit</h1></article></body></html>',
    );
    // A withdrawn claim's page: under claims/ but not a claim page of the model, so not given to Pagefind.
    await mkdir(path.join(site, "claims", "old"), { recursive: true });
    await writeFile(path.join(site, "claims", "old", "index.html"), '<!doctype html><html lang="en"><head><title>Withdrawn</title></head><body><h1>Withdrawn</h1></body></html>');
    // The module each language's worker thread runs, here in this thread, where its process can be watched.
    await writeLanguageIndex(site, ["claims/a/index.html"], path.join(site, "pagefind"));
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(path.basename(String(spawn.mock.calls[0]?.[0]))).toBe("pagefind_extended");
    expect(await readdir(path.join(site, "pagefind"))).toContain("pagefind-entry.json");
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

// Two pages, or more than a batch of them: then the first batch is in Pagefind when the last page is cut.
test.each([2, 40])("a page that cannot be read fails the index with its message alone, nothing left in flight (%i pages)", async (count) => {
  const site = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  const unhandled: unknown[] = [];
  const collect = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", collect);
  try {
    const page = '<!doctype html><html lang="en"><head><title>A</title></head><body><article data-pagefind-body><h1>Sesame credit</h1></article></body></html>';
    const names = Array.from({ length: count }, (_, i) => `p${String(i).padStart(2, "0")}`);
    for (const name of names) {
      await mkdir(path.join(site, "claims", name), { recursive: true });
      await writeFile(path.join(site, "claims", name, "index.html"), name === names.at(-1) ? page.replace("<h1>", "<script>") : page);
    }
    await expect(writeLanguageIndex(site, names.map((name) => `claims/${name}/index.html`), path.join(site, "pagefind"))).rejects.toThrow(
      `claims/${names.at(-1)}/index.html: <script> is not closed`,
    );
    // Node reports a rejection unhandled once the microtasks queued with it have run.
    await new Promise(setImmediate);
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", collect);
    await rm(site, { recursive: true, force: true });
  }
});

test("the pages given to Pagefind are the claim and source pages of the model in either language, by the language of their <html lang>, each in path order", () => {
  const page = (p: string, language?: string) => ({ meta: { path: p, ...(language ? { language } : {}) } });
  const model = { claims: [page("/claims/b/"), page("/claims/a/")], sources: [page("/sources/s/")], zhHans: { claims: [page("/zh-hans/claims/a/", "zh-Hans")] } };
  expect(searchablePages(model, "en")).toEqual([
    { language: "en", files: ["claims/a/index.html", "claims/b/index.html", "sources/s/index.html"] },
    { language: "zh-hans", files: ["zh-hans/claims/a/index.html"] },
  ]);
  // A site whose own language is Chinese: every page is in one language, for one Pagefind.
  expect(searchablePages(model, "zh-Hans")).toEqual([{ language: "zh-hans", files: ["claims/a/index.html", "claims/b/index.html", "sources/s/index.html", "zh-hans/claims/a/index.html"] }]);
});

/** A page Pagefind indexes, in `lang`. */
const langPage = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><article data-pagefind-body><h1>${text}</h1></article></body></html>`;

test("each language is indexed by a Pagefind of its own, and the indexes merged into one that lists both", async () => {
  const site = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  try {
    for (const [file, html] of [["claims/a/index.html", langPage("en", "Sesame credit")], ["zh-hans/claims/a/index.html", langPage("zh-hans", "芝麻信用")]] as const) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), html);
    }
    // A stale file from an earlier index, and one in a part left by a run that was stopped: neither is in the new index.
    for (const folder of ["pagefind", ".pagefind-0/fragment"]) await mkdir(path.join(site, folder), { recursive: true });
    await writeFile(path.join(site, "pagefind", "stale.pf_meta"), "");
    await writeFile(path.join(site, ".pagefind-0", "fragment", "en_stale.pf_fragment"), "");
    const told: number[] = [];
    expect(await writeSearchIndex(site, [{ language: "en", files: ["claims/a/index.html"] }, { language: "zh-hans", files: ["zh-hans/claims/a/index.html"] }], (done) => told.push(done))).toEqual({ pages: 2 });
    const entry = JSON.parse(await readFile(path.join(site, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["en", "zh-hans"]);
    const files = await readdir(path.join(site, "pagefind"));
    for (const [language, { hash }] of Object.entries(entry.languages as Record<string, { hash: string }>)) expect(files, language).toContain(`pagefind.${hash}.pf_meta`);
    expect(files).not.toContain("stale.pf_meta");
    // Exactly what the search pages load through Pagefind's JS API (these pages have no filters, so no filter/
    // folder): a file a new Pagefind adds fails here until it is kept or left out (UNUSED_PAGEFIND_FILES).
    expect(files.filter((f) => !f.endsWith(".pf_meta")).sort()).toEqual(["fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind", "wasm.unknown.pagefind"]);
    expect(await readdir(path.join(site, "pagefind", "fragment"))).not.toContain("en_stale.pf_fragment");
    expect(told.at(-1)).toBe(2);
    // No part is left in the site.
    expect((await readdir(site)).sort()).toEqual(["claims", "pagefind", "zh-hans"]);
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

test("a page that cannot be indexed in one language fails the whole index with its message, and leaves no part behind", async () => {
  const site = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  try {
    // English has more pages, so it is indexed on this thread and Chinese on a worker, which fails.
    const files = [
      ["claims/a/index.html", langPage("en", "Sesame credit")],
      ["claims/b/index.html", langPage("en", "Blacklist")],
      ["zh-hans/claims/a/index.html", langPage("zh-hans", "芝麻信用").replace("<h1>", "<script>")],
    ] as const;
    for (const [file, html] of files) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), html);
    }
    await expect(
      writeSearchIndex(site, [{ language: "en", files: ["claims/a/index.html", "claims/b/index.html"] }, { language: "zh-hans", files: ["zh-hans/claims/a/index.html"] }]),
    ).rejects.toThrow("the search index of the pages in zh-hans: zh-hans/claims/a/index.html: <script> is not closed");
    expect((await readdir(site)).sort()).toEqual(["claims", "zh-hans"]);
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

test("pages of one language indexed apart are refused, not merged into an index that holds part of them", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  try {
    const entry = (count: number) => JSON.stringify({ version: "1.6.0", languages: { en: { hash: `en_${count}`, wasm: "en", page_count: count } }, include_characters: [] });
    for (const part of ["0", "1"]) {
      await mkdir(path.join(dir, part), { recursive: true });
      await writeFile(path.join(dir, part, "pagefind-entry.json"), entry(Number(part) + 1));
    }
    await expect(mergeSearchIndexes([path.join(dir, "0"), path.join(dir, "1")], path.join(dir, "pagefind"))).rejects.toThrow('Pagefind found pages in "en" in two of the languages given to it apart');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// serve.mjs and _headers let browsers keep these folders' files for good: that holds only while Pagefind names each
// file after its content, so a changed file comes under a new name. An upgrade that broke this would fail here.
test("indexed again with one page changed, no file in Pagefind's content-named folders has new bytes under an old name", async () => {
  const site = await scratchFolder("factcheck-index-");
  const names = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, "0")}`);
  const page = (name: string, heading: string) =>
    `<!doctype html><html lang="en"><head><title>${name}</title></head><body><article data-pagefind-body><h1>${heading}</h1><p data-pagefind-filter="topic">Topic ${name.at(-1)}</p><p>Sesame credit and court judgments, page ${name}.</p></article></body></html>`;
  const index = async (changed: string | undefined, output: string): Promise<Map<string, string>> => {
    for (const name of names) {
      await mkdir(path.join(site, "claims", name), { recursive: true });
      await writeFile(path.join(site, "claims", name, "index.html"), page(name, name === changed ? "Blacklists of judgment defaulters" : "Sesame credit"));
    }
    // Into <output>/pagefind/, where the site has it: the folders are named from the site's root.
    await writeLanguageIndex(site, names.map((name) => `claims/${name}/index.html`), path.join(site, output, "pagefind"));
    const files = new Map<string, string>();
    for (const folder of CONTENT_NAMED_FOLDERS) {
      for (const name of await readdir(path.join(site, output, folder))) files.set(`${folder}${name}`, (await readFile(path.join(site, output, folder, name))).toString("base64"));
    }
    return files;
  };
  const before = await index(undefined, "first");
  const after = await index("p07", "second");
  const kept = [...after].filter(([name]) => before.has(name));
  expect(kept.filter(([name, bytes]) => before.get(name) !== bytes).map(([name]) => name)).toEqual([]);
  // Something did change, under new names: the changed page's fragment and the index chunk holding its words.
  for (const folder of ["pagefind/fragment/", "pagefind/index/"]) expect([...after.keys()].some((name) => name.startsWith(folder) && !before.has(name)), folder).toBe(true);
  expect(kept.length).toBeGreaterThan(names.length - 2);
});

import childProcess from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { searchablePages, writeSearchIndex } from "../../lib/site/outputs/search-index.ts";

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
    expect(await writeSearchIndex(site, ["claims/a/index.html"])).toEqual({ pages: 1 });
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(path.basename(String(spawn.mock.calls[0]?.[0]))).toBe("pagefind_extended");
    expect(await readdir(path.join(site, "pagefind"))).toContain("pagefind-entry.json");
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

test("a page that cannot be read fails the index with its message alone, nothing left in flight", async () => {
  const site = await mkdtemp(path.join(tmpdir(), "factcheck-index-"));
  const unhandled: unknown[] = [];
  const collect = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", collect);
  try {
    const page = '<!doctype html><html lang="en"><head><title>A</title></head><body><article data-pagefind-body><h1>Sesame credit</h1></article></body></html>';
    for (const [name, html] of [["a", page], ["b", page.replace("<h1>", "<script>")]] as const) {
      await mkdir(path.join(site, "claims", name), { recursive: true });
      await writeFile(path.join(site, "claims", name, "index.html"), html);
    }
    await expect(writeSearchIndex(site, ["claims/a/index.html", "claims/b/index.html"])).rejects.toThrow("claims/b/index.html: <script> is not closed");
    // Node reports a rejection unhandled once the microtasks queued with it have run.
    await new Promise(setImmediate);
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", collect);
    await rm(site, { recursive: true, force: true });
  }
});

test("the pages given to Pagefind are the claim, source and Chinese claim pages of the model, in path order", () => {
  const page = (p: string) => ({ meta: { path: p } });
  const model = { claims: [page("/claims/b/"), page("/claims/a/")], sources: [page("/sources/s/")], zhHans: { claims: [page("/zh-hans/claims/a/")] } };
  expect(searchablePages(model)).toEqual(["claims/a/index.html", "claims/b/index.html", "sources/s/index.html", "zh-hans/claims/a/index.html"]);
});

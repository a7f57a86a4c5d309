/**
 * The build gives Pagefind each page cut to what Pagefind reads
 * (lib/site/outputs/search-feed.ts). Over the real site, that index must be
 * the one Pagefind makes of the whole pages, less the search interfaces the
 * site does not use: a template that puts something Pagefind reads where the
 * cut leaves it out fails here. What it indexes reads as the page does: a
 * source's details are words apart from their labels.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { expect, inject, test } from "vitest";
import { gunzipSync } from "node:zlib";
import { FRAGMENT_SIGNATURE } from "../../lib/site/outputs/search-aids.ts";
import { UNUSED_PAGEFIND_FILES } from "../../lib/site/outputs/search-index.ts";
import { listFiles, page, snapshot } from "../helpers/site-files.ts";

const siteDir = inject("siteDir");

test("the build's search index is the index Pagefind makes of the whole pages, byte for byte, without the interfaces it leaves out", async () => {
  const out = await mkdtemp(path.join(tmpdir(), "factcheck-whole-index-"));
  try {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error("Pagefind did not start");
    let marked = 0;
    // Every page that marks content for search, whole, in path order (the order the build gives them in).
    for (const file of await listFiles(siteDir)) {
      if (!file.endsWith(".html")) continue;
      const html = await readFile(path.join(siteDir, file), "utf8");
      if (!html.includes("data-pagefind-body")) continue;
      marked += 1;
      expect((await index.addHTMLFile({ sourcePath: file, content: html })).errors).toEqual([]);
    }
    expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
    expect(marked).toBeGreaterThan(100);
    const built = Object.fromEntries(Object.entries(await snapshot(siteDir)).filter(([file]) => file.startsWith("pagefind/")).map(([file, hash]) => [file.slice("pagefind/".length), hash]));
    const whole = await snapshot(out);
    // Each file left out is one Pagefind writes: the list names what this Pagefind makes.
    for (const file of UNUSED_PAGEFIND_FILES) expect(Object.keys(whole)).toContain(file);
    expect(built).toEqual(Object.fromEntries(Object.entries(whole).filter(([file]) => !UNUSED_PAGEFIND_FILES.includes(file))));
  } finally {
    await pagefind.close();
    await rm(out, { recursive: true, force: true });
  }
});

test("a source's details are indexed as the page shows them: each label a word apart from its value", async () => {
  const dir = path.join(siteDir, "pagefind", "fragment");
  let checked = 0;
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
    const { url, content } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string; content: string };
    if (!/^\/sources\/[^/]+\/$/.test(url)) continue;
    // Without a space between them, Pagefind indexes "Publisher" and its value as one word ("PublisherWikipedia").
    const details = (await page(siteDir, url)).querySelectorAll(".source__meta > dt, .source__meta > dd").map((e) => e.text.replace(/\s+/g, " ").trim());
    expect(details.length).toBeGreaterThan(4);
    expect(content, url).toContain(details.join(" "));
    checked += 1;
  }
  expect(checked).toBeGreaterThan(40);
});

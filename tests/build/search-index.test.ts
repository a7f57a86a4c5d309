/**
 * The build gives Pagefind each page cut to what Pagefind reads
 * (lib/site/outputs/search-feed.ts). Over the real site, that index must be
 * the one Pagefind makes of the whole pages, less the search interfaces the
 * site does not use: a template that puts something Pagefind reads where the
 * cut leaves it out fails here. What it indexes reads as the page does: no two
 * words of a page run together (Pagefind parts words only at white space and
 * around a few kinds of block).
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { expect, inject, test } from "vitest";
import { HTMLElement, type Node, TextNode } from "node-html-parser";
import { readFragment } from "../../lib/site/outputs/search-aids.ts";
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

test("every word Pagefind indexed is in its page's text as a reader sees it: no two words of the page run together in the index", async () => {
  const dir = path.join(siteDir, "pagefind", "fragment");
  const pages = (await Promise.all((await listFiles(siteDir)).filter((f) => f.endsWith(".html")).map(async (f) => (await readFile(path.join(siteDir, f), "utf8")).includes("data-pagefind-body")))).filter(Boolean).length;
  const fragments = await readdir(dir);
  expect(fragments).toHaveLength(pages);
  const glued: string[] = [];
  for (const name of fragments) {
    const { url, content } = await readFragment(path.join(dir, name));
    // The page's words as a reader sees them apart: every element's text a word apart from the next.
    const body = (await page(siteDir, url)).querySelector("[data-pagefind-body]")!;
    const text = textsOf(body).join("").normalize("NFKC");
    // Chinese is not parted by white space: Pagefind segments it, in Chinese pages and in the hidden field of Chinese words.
    for (const word of wordsOf(content)) if (!/\p{Script=Han}/u.test(word) && !text.includes(word)) glued.push(`${url}: ${word}`);
  }
  expect(glued).toEqual([]);
});

/**
 * What Pagefind indexed, word by word, as the page's text has it: Pagefind ends a heading or a block with ".",
 * writes full-width punctuation as ASCII (NFKC) and parts Chinese words with zero-width spaces.
 */
function wordsOf(content: string): string[] {
  return content
    .normalize("NFKC")
    .replaceAll("\u200b", "")
    .split(/\s+/)
    .map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, ""))
    .filter((word) => word !== "");
}

/**
 * Elements a browser keeps in the line of text around them: the page as a reader sees it, not search-feed.ts's
 * list of what Pagefind treats as inline, which would make the test agree with Pagefind by construction.
 */
const INLINE = new Set("a abbr b bdi bdo br cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr".split(" "));

/** The text under `node` as a browser lays it out: a block's text apart from what is around it, an inline element's not. */
function textsOf(node: Node): string[] {
  if (node instanceof TextNode) return [node.text];
  const inner = node.childNodes.flatMap(textsOf);
  return node instanceof HTMLElement && !INLINE.has(node.rawTagName?.toLowerCase() ?? "") ? [" ", ...inner, " "] : inner;
}

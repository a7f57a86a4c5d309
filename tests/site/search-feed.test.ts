import * as pagefind from "pagefind";
import { afterAll, expect, test } from "vitest";
import { searchableHtml } from "../../lib/site/outputs/search-feed.ts";

afterAll(() => pagefind.close());

/**
 * Pages that put what Pagefind reads in the awkward places: outside the body,
 * in ignored parts, around the body. The comment and the script in the
 * article hold what would change the cut if they were read as markup.
 */
const pages: Record<string, string> = {
  "claims/a/index.html": `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Claim A — Site</title>
<meta data-pagefind-meta="published[content]" content="2024-05-01">
<meta data-pagefind-sort="date[content]" content="2024-05-01">
<script type="application/ld+json">{"@type": "ClaimReview"}</script>
</head>
<body>
<header><nav><a href="/">Home</a> <span data-pagefind-filter="section">Claims</span></nav></header>
<div data-pagefind-ignore="all"><span data-pagefind-meta="hidden">never read</span></div>
<main data-pagefind-weight="2">
<article data-pagefind-body data-pagefind-meta="verdictId:false">
<h1 data-pagefind-weight="10" title="a > b">Everyone has a <em>score</em></h1>
<p data-pagefind-meta="summary">No single score exists.<br>Many lists do.
<section data-pagefind-ignore><h2 id="evidence">Evidence</h2><p>IGNORED PROSE about blacklists</p></section>
<section data-pagefind-ignore><p>Topics: <a data-pagefind-filter="topic">Blacklists</a></p></section>
<h3 id="quote" data-pagefind-title="Quote title"><span data-pagefind-ignore>Heading with <span lang="zh">信用</span></span></h3>
<p>Text <span data-pagefind-ignore>skipped</span> after.</p>
<img src="/a.png" alt="A chart">
<!-- <div data-pagefind-ignore> in a comment: read as a tag, it would hide the rest of the article -->
<script>document.body.dataset.note = "</article><p>x</p>";</script>
<div title="x data-pagefind-ignore"><p>Indexed though its title names an ignore</p></div>
<section><p>Before</p><div data-pagefind-ignore/><p>SELF-CLOSED IGNORE wraps this</p></section>
<math><mi data-pagefind-ignore/><mtext>Formula words are indexed</mtext></math>
</article>
Text after the body, inside its parent.
<section class="cite" data-pagefind-ignore><p>Cite this page</p></section>
</main>
<footer><h1>Footer heading</h1><img src="/logo.png" alt="Logo"></footer>
</body>
</html>`,
  "sources/b/index.html": `<!doctype html><html lang="en"><head><title>Source B</title></head><body>
<header><h1>Site name in an h1</h1></header>
<article class="source" data-pagefind-body><p class="eyebrow">Source · <span data-pagefind-filter="kind">Law</span></p>
<p>A source about credit repair</p><details data-pagefind-ignore><summary>Cite</summary><p>Long citation</p></details></article>
</body></html>`,
  "zh-hans/claims/a/index.html": `<!doctype html><html lang="zh-Hans"><head><title>说法</title></head><body>
<article data-pagefind-body><h1>每个人都有信用分</h1><p>没有统一的分数。</p></article></body></html>`,
};

async function indexOf(contentOf: (html: string, file: string) => string): Promise<Map<string, string>> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error("Pagefind did not start");
  for (const [file, html] of Object.entries(pages)) {
    const added = await index.addHTMLFile({ sourcePath: file, content: contentOf(html, file) });
    expect(added.errors).toEqual([]);
  }
  const { files, errors } = await index.getFiles();
  expect(errors).toEqual([]);
  await index.deleteIndex();
  return new Map(files.map((f) => [f.path, Buffer.from(f.content).toString("base64")]));
}

test("Pagefind indexes a page cut to what it reads exactly as the whole page, byte for byte", async () => {
  const whole = await indexOf((html) => html);
  const cut = await indexOf(searchableHtml);
  expect([...whole.keys()].some((file) => file.includes("fragment/"))).toBe(true);
  expect(cut).toEqual(whole);
});

test("the cut leaves out what Pagefind does not read", () => {
  const cut = searchableHtml(pages["claims/a/index.html"]!, "claims/a/index.html");
  for (const left of ["IGNORED PROSE", "SELF-CLOSED IGNORE", "Cite this page", "Home", "ld+json", "charset"]) expect(cut).not.toContain(left);
  for (const kept of ['<html lang="en">', "<title>Claim A", 'content="2024-05-01"', "Claims</span>", "Blacklists", "信用", "Footer heading", "Text after the body", "though its title", "Formula words"]) {
    expect(cut).toContain(kept);
  }
});

test("a page whose script is never closed is an error naming the page", () => {
  expect(() => searchableHtml('<html lang="en"><body><script>let a = 1;', "claims/x/index.html")).toThrow("claims/x/index.html: <script> is not closed");
});

test("a tag the feed cannot read is an error naming the page and its line, not text", () => {
  // Browsers and Pagefind read this article; read as text, it would leave the page with no body.
  const page = '<!doctype html>\n<html lang="en"><head><title>T</title></head>\n<body>\n<article class="claim"data-pagefind-body><p>Text</p></article>\n</body></html>';
  expect(() => searchableHtml(page, "claims/x/index.html")).toThrow('claims/x/index.html:4: cannot read the tag <article class="claim"data-pagefind-body>');
  for (const stray of ["</p", "<!-- never closed"]) {
    expect(() => searchableHtml(page.replace("<p>Text", `<p>Text ${stray}`), "claims/x/index.html")).toThrow("claims/x/index.html:4: cannot read the tag");
  }
  expect(searchableHtml(page.replace('"claim"data', '"claim" data').replace("Text", "a < b, 1 <2"), "claims/x/index.html")).toContain("a < b, 1 <2");
});

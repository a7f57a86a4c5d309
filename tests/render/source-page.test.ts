/** The source page model rendered through pages/source.njk. */
import { beforeAll, expect, test } from "vitest";
import type { SourcePage } from "../../lib/render/source-page.ts";
import { excerptHeading } from "../../lib/render/source-page.ts";
import { siteUrls } from "../../lib/render/urls.ts";
import { VALID_SOURCE } from "../helpers/content-dir.ts";
import { decodeEntities, renderPage, testSite, type RenderedPage } from "../helpers/render-page.ts";

const TITLE = `The State Council's "Outline" & <notes>`;

let page: SourcePage;
let rendered: RenderedPage;
beforeAll(async () => {
  const source = VALID_SOURCE.replace('title: "A source"', `title: ${JSON.stringify(TITLE)}`)
    .replace('authors: [{name: "A. Writer"}]\n', "authors: []\n")
    .replace("url: https://example.com/article\n", "url: https://example.com/article\nreadAt: https://mirror.example.com/copy\nnotes: \"Read from a mirror of 国务院 text.\"\n");
  const { model, globals } = await testSite({ "sources/a-source.md": source });
  page = model.sources[0]!;
  rendered = renderPage("source.njk", { ...globals, s: page });
});

test("the <title> and description say the title exactly, escaped once", () => {
  const title = /<title>([^<]*)<\/title>/.exec(rendered.html)![1]!;
  expect(title).toBe("The State Council&#39;s &quot;Outline&quot; &amp; &lt;notes&gt; — Fact &amp; Check");
  const description = /<meta name="description" content="([^"]*)">/.exec(rendered.html)![1]!;
  expect(decodeEntities(description)).toBe(`Source: ${TITLE}, A publisher. Excerpts quoted by claims on this site.`);
  expect(rendered.permalink).toBe("/sources/a-source/");
});

test("what is not shown says so, and a copy read is named as a copy", () => {
  expect(page.kind).toBe("News");
  expect(rendered.html).toContain("<dt>Author</dt><dd>Not shown</dd>");
  expect(rendered.html).toContain('<a href="https://mirror.example.com/copy" rel="external">https://mirror.example.com/copy</a> (a copy, not the original)');
  expect(rendered.html).toContain('<strong>Provenance:</strong> Read from a mirror of <span lang="zh">国务院</span> text.');
});

test("each excerpt's citation carries the id its links point at, and reads where the text was read", () => {
  const excerpt = page.excerpts[0]!;
  const link = siteUrls("/fc/").excerptCitation("a-source", excerpt.id);
  expect(rendered.html).toContain(`<details id="${link.split("#")[1]}" class="excerpt__cite"`);
  expect(excerpt.citation).toMatch(/^“The first passage, quoted word for word\.” .*Read at https:\/\/mirror\.example\.com\/copy\.$/);
});

test("the claims citing an excerpt are listed one line each under the prefix, with no link to a longer list", () => {
  expect(page.excerpts[0]!.citedBy).toEqual({ claims: [expect.objectContaining({ url: "/fc/claims/everyone-has-a-score/" })], total: 1 });
  expect(rendered.html).toContain(
    '<li><a class="verdict verdict--mixed" href="/fc/methodology/#verdict-mixed"><span class="verdict__mark" aria-hidden="true"></span><span class="visually-hidden">Verdict: </span>Mixed</a> <a href="/fc/claims/everyone-has-a-score/">Everyone has a score.</a></li>',
  );
  expect(rendered.html).not.toContain("claims citing this excerpt");
});

test("excerptHeading keeps the first words", () => {
  expect(excerptHeading("“One two three”")).toBe("One two three”");
  expect(excerptHeading("a b c d e f g h i j k")).toBe("a b c d e f g h i…");
});

/** The source page model rendered through pages/source.njk. */
import { beforeAll, describe, expect, test } from "vitest";
import type { Source } from "../../lib/content/corpus.ts";
import { sourceCitationMeta } from "../../lib/render/citation-meta.ts";
import type { SourcePage } from "../../lib/render/source-page.ts";
import { excerptHeading } from "../../lib/render/source-page.ts";
import { siteUrls } from "../../lib/render/urls.ts";
import { VALID_SOURCE } from "../helpers/content-dir.ts";
import { escapeHtml } from "../../lib/render/escape.ts";
import { decodeEntities, renderPage, testSite, type RenderedPage } from "../helpers/render-page.ts";

const TITLE = `The State Council's "Outline" & <notes>`;

let page: SourcePage;
let rendered: RenderedPage;
beforeAll(async () => {
  const source = VALID_SOURCE.replace('title: "A source"', `title: ${JSON.stringify(TITLE)}`)
    .replace('authors: [{name: "A. Writer"}]\n', "authors: []\n")
    .replace("url: https://example.com/article\n", "url: https://example.com/article\nreadAt: https://mirror.example.com/copy\nnotes: \"Read from a mirror of 国务院 text.\"\n")
    .replace('    text: "The first passage, quoted word for word."\n', '    text: "The first passage, quoted word for word."\n    locator: "paragraph 2"\n    locatorNote: "punctuation as published"\n');
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
  expect(rendered.html).toMatch(/<dt>Author<\/dt>\s+<dd>Not shown<\/dd>/);
  expect(rendered.html).toMatch(/<dt>Read from a copy at<\/dt>\s+<dd><a href="https:\/\/mirror\.example\.com\/copy" rel="external">https:\/\/mirror\.example\.com\/copy<\/a><\/dd>/);
  expect(rendered.html).toMatch(/<dt>Language<\/dt>\s+<dd>English<\/dd>/);
  expect(rendered.html).toContain('<strong>Provenance:</strong> Read from a mirror of <span lang="zh">国务院</span> text.');
});

test("each excerpt's citation carries the id its links point at: the source's reference, the copy once as the copy, and the place beside it as written", () => {
  const excerpt = page.excerpts[0]!;
  const link = siteUrls("/fc/").excerptCitation("a-source", excerpt.id);
  expect(rendered.html).toContain(`<details id="${link.split("#")[1]}" class="excerpt__cite"`);
  expect(excerpt.citation).toBe(page.citations.apa);
  expect(excerpt.citation).toMatch(/The State Council’?s .* https:\/\/example\.com\/article \(Read from a copy at https:\/\/mirror\.example\.com\/copy\)$/);
  expect(rendered.html).toContain(`<p class="cite__text" data-copy>${escapeHtml(excerpt.citation)}</p>`);
  // The place is written as the evidence writes it ("Paragraph 2"), beside the reference, never after its URL.
  expect(excerpt.locator).toMatch(/^[A-Z]/);
  expect(rendered.html).toContain(`<p class="cite__text cite__place" data-copy>${escapeHtml(excerpt.locator!)}</p>`);
  expect(excerpt.citation).not.toContain(excerpt.locator!);
  // The box is labelled for what it holds (a place in the text read, perhaps a copy's), and holds the place alone:
  // an editor's note about it stands beside the quote, outside anything copied.
  expect(excerpt.locator).toBe("Paragraph 2");
  expect(rendered.html).toContain('<p class="cite__label">Where in the text we read, for your in-text citation or note</p>');
  expect(rendered.html).toContain('<p class="excerpt__locator">Paragraph 2 (punctuation as published)</p>');
  expect(rendered.html).not.toMatch(/data-copy>[^<]*punctuation as published/);
  const other = `MLA, Chicago and the files for reference managers: <a href="#cite">Cite this source</a>.`;
  expect(rendered.html.split(other).length - 1).toBe(page.excerpts.length);
});

test("the work itself is cited in every format, with files to download", () => {
  expect(page.citeFiles.map((f) => f.href)).toEqual(["/fc/cite/sources/a-source.bib", "/fc/cite/sources/a-source.ris", "/fc/cite/sources/a-source.json"]);
  expect(rendered.html).toContain('<h2 id="cite">Cite this source</h2>');
  expect(decodeEntities(rendered.html)).toContain(page.citations.bibtex);
  // Every format names the copy once, as the copy: the original's address stays the reference's own.
  for (const text of [page.citations.apa, page.citations.mla, page.citations.chicago]) {
    expect(text).toMatch(/ \(?Read from a copy at https:\/\/mirror\.example\.com\/copy[.)]$/);
    expect(text.split("mirror.example.com")).toHaveLength(2);
  }
  expect(page.citations.bibtex).toContain("url = {https://example.com/article}");
  expect(page.citations.bibtex.split("mirror.example.com")).toHaveLength(2);
});

test("reference managers read the source page as the original work: its title, people, publisher, date and address", () => {
  const tags = [...rendered.html.matchAll(/<meta name="(citation_[a-z_]+|DC\.[a-z]+)" content="([^"]*)">/g)].map(([, name, content]) => [name, decodeEntities(content!)]);
  expect(tags.filter(([name]) => name !== "DC.rights")).toEqual([
    ["citation_title", TITLE],
    ["citation_publisher", "A publisher"],
    ["citation_publication_date", "2018/10/23"],
    ["citation_public_url", "https://example.com/article"],
    ["citation_language", "en"],
    ["DC.type", "webpage"],
    // Zotero's Website Title: read before og:site_name, which names this site, not the work's.
    ["DC.source", "A publisher"],
  ]);
  expect(rendered.html).not.toContain("citation_journal_title");
  expect(rendered.html).not.toContain("citation_online_date");
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

describe("what Zotero saves from a source page", () => {
  const work: Source = {
    id: "a-source",
    file: "sources/a-source.md",
    title: "Blacklists",
    publisher: "The Guardian",
    authors: [{ given: "Lily", family: "Kuo" }, { name: "Zhong Mia" }],
    published: "2019-03-01",
    readAt: "https://copy.example.org/a",
    language: "en",
    kind: "news",
    excerpts: [],
    bodyHtml: "",
  };

  test("read only from a copy: the item's URL is the copy it was retrieved from, never this site's page", () => {
    expect(sourceCitationMeta(work).publicUrl).toBe("https://copy.example.org/a");
    expect(sourceCitationMeta({ ...work, url: "https://example.org/a" }).publicUrl).toBe("https://example.org/a");
  });

  test("a name kept whole (never split, as a Chinese-order name) is one family name with no given name, by its comma", () => {
    // Embedded Metadata splits a citation_author without a comma at its last space ("Zhong" given, "Mia" family);
    // with one, at the comma, and a name with nothing after it stays whole as the family name.
    expect(sourceCitationMeta(work).authors).toEqual(["Kuo, Lily", "Zhong Mia,"]);
  });

  test("the website is the work's publisher", () => {
    expect(sourceCitationMeta(work).container).toBe("The Guardian");
  });
});

/**
 * What a source page and a claim's evidence say about provenance, through the
 * real build in a scratch copy: a date read from the address is labelled as
 * such wherever it is shown or copied, a document's date is kept apart from
 * the posting date, and an inferred author is shown as inferred, with its
 * reason, never as a byline, and cited marked as inferred, while readers see which sources
 * are one person's work.
 */
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { VALID_CLAIM, VALID_SOURCE, validContentDir } from "../helpers/content-dir.ts";
import { page } from "../helpers/site-files.ts";
import { cacheCopy } from "../helpers/shared-cache.ts";

const REASON = "No byline; the answers are the essayist's, as the introduction says.";
const INTERVIEW = `---
title: "An unsigned interview"
publisher: "A digest"
authors: []
inferredAuthors:
  - author: {name: "A. Writer"}
    reason: "${REASON}"
url: https://example.org/interview
language: en
kind: news
excerpts:
  - id: an-answer
    text: "An answer given in the interview."
---
`;
const LAW = `---
title: "A translated law"
publisher: "A translation site"
authors: [{organization: "A State Council"}]
documentDate: "2014-06-14"
published: "2022-03-30"
url: https://example.org/law
language: en
kind: law-translation
excerpts:
  - id: an-article
    text: "An article of the law, in translation."
---
`;

/** Two texts with the same named author: the same-author lines for them carry no caveat. */
const byTheMinistry = (id: string, title: string) => `---
title: "${title}"
publisher: "A Ministry"
authors: [{organization: "A Ministry"}]
published: "2023-05-01"
url: https://example.org/${id}
language: en
kind: government-document
excerpts:
  - id: a-line
    text: "A line of the ${id}."
---
`;

let root: string;
let site: string;
const dd = (html: HTMLElement, term: string) =>
  html.querySelectorAll(".source__meta dt").find((dt) => dt.text === term)?.nextElementSibling?.text;

beforeAll(async () => {
  root = await validContentDir({
    "sources/a-source.md": VALID_SOURCE.replace('published: "2018-10-23"', 'published: "2018-10"\npublishedFrom: address'),
    "sources/interview.md": INTERVIEW,
    "sources/law.md": LAW,
    "sources/notice.md": byTheMinistry("notice", "A notice"),
    "sources/circular.md": byTheMinistry("circular", "A circular"),
    "claims/everyone-has-a-score.md": VALID_CLAIM.replace(
      "evidence:",
      "evidence:\n  - ref: interview#an-answer\n  - ref: law#an-article\n  - ref: notice#a-line\n  - ref: circular#a-line",
    ).replace(
      "and then [@a-source#second-passage].",
      "and then [@a-source#second-passage]. The interview [@interview#an-answer], the law [@law#an-article], the notice [@notice#a-line] and the circular [@circular#a-line].",
    ),
  });
  site = path.join(root, "_site");
  const outcome = await buildSite({ root, output: site, cache: await cacheCopy(path.join(root, "_cache")), log: () => {} });
  expect(outcome.ok).toBe(true);
});

describe("dates", () => {
  test("a date read from the address says so in plain words on the source page and under the quote, never inside a reference", async () => {
    const source = await page(site, "/sources/a-source/");
    expect(dd(source, "Published")).toBe("October 2018 (date inferred from the web address)");
    for (const cite of source.querySelectorAll(".cite__text")) expect(cite.text).not.toMatch(/address|not shown/);
    const claim = await page(site, "/claims/everyone-has-a-score/");
    const line = claim.querySelector('[id="ev-a-source--first-passage"] .evidence__source')!.text;
    expect(line).toContain("A publisher, October 2018 (date inferred from the web address).");
  });

  test("a date the page shows carries no such label", async () => {
    const law = await page(site, "/sources/law/");
    expect(law.toString()).not.toContain("inferred from the web address");
  });

  test("a document's own date stands apart from the date the page was posted", async () => {
    const law = await page(site, "/sources/law/");
    expect(dd(law, "Document date")).toBe("14 June 2014");
    expect(dd(law, "Posted")).toBe("30 March 2022");
    expect(dd(law, "Published")).toBeUndefined();
    const claim = await page(site, "/claims/everyone-has-a-score/");
    expect(claim.querySelector('[id="ev-law--an-article"] .evidence__source')!.text).toContain(
      "A translation site, 30 March 2022, document dated 14 June 2014.",
    );
  });
});

/** Each "[n]" of a same-author line links to the n-th entry of the page's evidence list. */
function expectLinksToTheirEntries(claim: HTMLElement): void {
  const entries = claim.querySelectorAll(".evidence__entry").map((li) => `#${li.id}`);
  const links = claim.querySelectorAll(".evidence__same-author a").map((a) => [a.text, a.getAttribute("href")]);
  expect(links.length).toBeGreaterThan(0);
  expect(links).toEqual(links.map(([text]) => [text, entries[Number(text!.slice(1, -1)) - 1]]));
}

describe("authors", () => {
  test("an inferred author is shown as inferred with its reason, never as the byline, and cited marked as inferred", async () => {
    const interview = await page(site, "/sources/interview/");
    expect(dd(interview, "Author")).toBe("Not shown");
    expect(dd(interview, "Inferred author")).toBe(`A. Writer, not shown by the source: ${REASON}`);
    const references = interview.querySelectorAll(".cite__text:not(.cite__place)").map((p) => p.text);
    expect(references.length).toBeGreaterThan(0);
    for (const text of references) {
      expect(text).toContain("A. Writer");
      expect(text).toMatch(/Author not named in the text; inferred[.)]/);
    }
    // What Zotero saves takes citation_author as a byline: an inferred author is never one.
    expect(interview.querySelector('meta[name="citation_author"]')).toBeNull();
  });

  test("each source page lists the other sources by the same person, inferred links with their reason", async () => {
    const byline = await page(site, "/sources/a-source/");
    expect(byline.querySelectorAll(".source__same-author li").map((li) => li.text)).toEqual([
      `A. Writer: An unsigned interview (authorship inferred: ${REASON})`,
    ]);
    expect(byline.querySelector(".source__same-author a")!.getAttribute("href")).toBe("/sources/interview/");
    const inferred = await page(site, "/sources/interview/");
    expect(inferred.querySelectorAll(".source__same-author li").map((li) => li.text)).toEqual([
      `A. Writer: A source (authorship inferred: ${REASON})`,
    ]);
    expect((await page(site, "/sources/law/")).querySelector(".source__same-author")).toBeNull();
  });

  test("on the claim page, evidence that is one person's view says so, with the entries it shares", async () => {
    const claim = await page(site, "/claims/everyone-has-a-score/");
    const note = (ref: string) => claim.querySelectorAll(`[id="ev-${ref}"] .evidence__same-author`).map((p) => p.text);
    expect(note("interview--an-answer")).toEqual(["Same author as [1], [2]: A. Writer (authorship inferred; see the source page)."]);
    expect(note("a-source--first-passage")).toEqual(["Same author as [3]: A. Writer (authorship inferred; see the source page)."]);
    expect(note("notice--a-line")).toEqual(["Same author as [6]: A Ministry."]);
    expect(note("law--an-article")).toEqual([]);
    expectLinksToTheirEntries(claim);
  });

  test("the Chinese claim page says the same under each quote, in Chinese, with the name marked English and links to its own entries", async () => {
    const claim = await page(site, "/zh-hans/claims/everyone-has-a-score/");
    const note = (ref: string) => claim.querySelectorAll(`[id="ev-${ref}"] .evidence__same-author`).map((p) => p.text);
    expect(note("interview--an-answer")).toEqual(["与[1]、[2]出自同一作者：A. Writer（作者为推断，详见资料页面）。"]);
    expect(note("a-source--first-passage")).toEqual(["与[3]出自同一作者：A. Writer（作者为推断，详见资料页面）。"]);
    expect(note("circular--a-line")).toEqual(["与[5]出自同一作者：A Ministry。"]);
    expect(note("law--an-article")).toEqual([]);
    expect(claim.querySelectorAll(".evidence__same-author span").map((s) => `${s.getAttribute("lang")} ${s.text}`)).toEqual([
      "en A. Writer",
      "en A. Writer",
      "en A. Writer",
      "en A Ministry",
      "en A Ministry",
    ]);
    expectLinksToTheirEntries(claim);
  });
});

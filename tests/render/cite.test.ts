/**
 * Citations of one claim, pinned: the styles come from a package, so an
 * upgrade that changes a reference shows up here before readers see it.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { Claim, Source } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import type { Site } from "../../lib/content/site.ts";
import { TEST_SITE } from "../helpers/render-page.ts";
import { claimRecord, formatCitations, sourceRecord, sourceReference, unwrapRis, type ClaimCitations } from "../../lib/render/cite.ts";
import { validContentDir } from "../helpers/content-dir.ts";

const site: Site = {
  title: "Social Credit Fact Check",
  tagline: "t",
  url: "https://example.org",
  pathPrefix: "/",
  language: "en",
  publisher: { name: "Social Credit Fact Check", url: "https://example.org/about/" },
  repository: "https://example.org/repo",
  perPage: TEST_SITE.perPage,
};
const URL = "https://example.org/claims/everyone-has-a-score/";

let claim: Claim;
let cited: ClaimCitations;
beforeAll(async () => {
  const { corpus, ok } = await loadCorpus({ root: await validContentDir(), today: "2026-11-26" });
  expect(ok).toBe(true);
  claim = corpus.claim("everyone-has-a-score")!;
  cited = formatCitations(claimRecord(claim, site, URL));
});

describe("the citations of one claim", () => {
  test("APA 7", () => {
    expect(cited.apa).toBe(
      "Social Credit Fact Check. (2026, January 2). Everyone has a score. [Fact check]. Social Credit Fact Check. https://example.org/claims/everyone-has-a-score/",
    );
  });
  test("MLA 9", () => {
    expect(cited.mla).toBe(
      "Social Credit Fact Check. “Everyone Has a Score.” Social Credit Fact Check, 2 Jan. 2026, https://example.org/claims/everyone-has-a-score/.",
    );
  });
  test("Chicago notes-bibliography", () => {
    expect(cited.chicago).toBe(
      "Social Credit Fact Check. “Everyone Has a Score.” Fact check. Social Credit Fact Check, January 2, 2026. https://example.org/claims/everyone-has-a-score/.",
    );
  });
  test("BibTeX uses the claim id as its key", () => {
    expect(cited.bibtex.startsWith("@misc{everyone-has-a-score,")).toBe(true);
  });
  test("CSL-JSON is the one record the others come from", () => {
    expect(JSON.parse(cited.cslJson)).toEqual([claimRecord(claim, site, URL)]);
  });
  test("every format carries the permanent URL and the last-reviewed date", () => {
    for (const text of [cited.apa, cited.mla, cited.chicago, cited.bibtex, cited.ris, cited.cslJson]) expect(text).toContain(URL);
    expect(cited.ris).toContain("DA  - 2026/1/2/");
    expect(cited.bibtex).toMatch(/year = \{2026\}/);
  });
});

describe("the reference of a source, by how its authors are credited", () => {
  const source = (authors: Source["authors"]): Source => ({
    id: "a-source",
    file: "sources/a-source.md",
    title: "Blacklists and redlists",
    publisher: "TechNode",
    authors,
    // Inferred authors are for independence only: never a byline, so never cited.
    inferredAuthors: [{ author: { given: "Jeremy", family: "Daum" }, reason: "Reads as his." }],
    published: "2018-10-23",
    url: "https://example.org/a",
    language: "en",
    kind: "news",
    excerpts: [],
    bodyHtml: "",
  });
  const cases: [string, Source["authors"], string][] = [
    ["a person split into given and family names", [{ given: "Christopher", family: "Udemans" }], "Udemans, C. (2018, October 23). Blacklists and redlists. TechNode. https://example.org/a"],
    ["a name as shown, printed as written", [{ name: "Zeyi Yang" }], "Zeyi Yang. (2018, October 23). Blacklists and redlists. TechNode. https://example.org/a"],
    [
      "an issuing body and its translator",
      [{ organization: "State Council of the PRC" }, { given: "Rogier", family: "Creemers", role: "translator" }],
      "State Council of the PRC. (2018, October 23). Blacklists and redlists (R. Creemers, Trans.). TechNode. https://example.org/a",
    ],
    ["no author shown", [], "Blacklists and redlists. (2018, October 23). TechNode. https://example.org/a"],
  ];
  for (const [name, authors, apa] of cases) test(`APA: ${name}`, () => expect(sourceReference(source(authors))).toBe(apa));

  test("a reproduced document is cited at its posting date, with the document's date as the original's", () => {
    const translation = source([{ organization: "State Council of the PRC" }]);
    expect(sourceReference({ ...translation, published: "2022-03-30", documentDate: "2014-06-14" })).toBe(
      "State Council of the PRC. (2022, March 30). Blacklists and redlists. TechNode. https://example.org/a (Original work published 2014)",
    );
    const { published: _, ...undated } = translation;
    expect(sourceReference({ ...undated, documentDate: "2014-06-14" })).toBe(
      "State Council of the PRC. (2014, June 14). Blacklists and redlists. TechNode. https://example.org/a",
    );
  });

  test("MLA and Chicago write a person's full name, family name first", () => {
    const cited = formatCitations(sourceRecord(source([{ given: "Christopher", family: "Udemans" }])));
    expect(cited.mla.startsWith("Udemans, Christopher. ")).toBe(true);
    expect(cited.chicago.startsWith("Udemans, Christopher. ")).toBe(true);
    expect(cited.cslJson).not.toContain("Daum");
  });
});

describe("unwrapRis", () => {
  const cases: Record<string, string> = {
    "TI  - a long title cut at seventy charact\nrs\nER  -": "TI  - a long title cut at seventy charactrs\nER  -",
    "TI  - exactly seventy\n\nUR  - https://x.org/\nER  -": "TI  - exactly seventy\nUR  - https://x.org/\nER  -",
    "TY  - ELEC\nER  -": "TY  - ELEC\nER  -",
  };
  for (const [input, expected] of Object.entries(cases)) {
    test(JSON.stringify(input.slice(0, 30)), () => expect(unwrapRis(input)).toBe(expected));
  }
});

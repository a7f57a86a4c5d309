/**
 * Citations, pinned: the reference styles come from a package (citeproc and
 * the CSL styles), so an upgrade that changes a reference shows up here before
 * readers see it. These texts are the reference later work keeps.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { beforeAll, describe, expect, test } from "vitest";
import type { Claim, Source } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import { formatCitations, type Citations } from "../../lib/render/cite.ts";
import { claimRecord, sourceRecord } from "../../lib/render/citation-record.ts";
import { validContentDir } from "../helpers/content-dir.ts";

const URL = "https://example.org/claims/everyone-has-a-score/";

let claim: Claim;
let cited: Citations;
beforeAll(async () => {
  const { corpus, ok } = await loadCorpus({ root: await validContentDir(), today: "2026-11-26" });
  expect(ok).toBe(true);
  claim = corpus.claim("everyone-has-a-score")!;
  cited = formatCitations(claimRecord(claim, "Social Credit Fact Check", "Social Credit Fact Check", "en", URL));
});

describe("the citations of one claim: the site's own page, named once", () => {
  test("APA 7: the publisher as author, not repeated as the site", () => {
    expect(cited.apa).toBe("Social Credit Fact Check. (2026, January 2). Everyone has a score [Fact check]. https://example.org/claims/everyone-has-a-score/");
  });
  test("MLA 9: the title first, the site as publisher", () => {
    expect(cited.mla).toBe("“Everyone Has a Score.” Social Credit Fact Check, 2 Jan. 2026, https://example.org/claims/everyone-has-a-score/.");
  });
  test("Chicago notes-bibliography: the site's owner as author", () => {
    expect(cited.chicago).toBe(
      "Social Credit Fact Check. “Everyone Has a Score.” Fact check. Social Credit Fact Check, January 2, 2026. https://example.org/claims/everyone-has-a-score/.",
    );
  });
  test("BibTeX: a web page (@online), a standard month, one URL, the access date as urldate", () => {
    expect(cited.bibtex).toBe(`@online{everyone-has-a-score,
\tauthor = {{Social Credit Fact Check}},
\ttitle = {{Everyone has a score}},
\torganization = {{Social Credit Fact Check}},
\tyear = {2026},
\tmonth = jan,
\tdate = {2026-01-02},
\tnote = {Fact check},
\turl = {https://example.org/claims/everyone-has-a-score/},
\turldate = {2026-01-02},
}`);
  });
  test("RIS: UR, DA and Y2", () => {
    expect(cited.ris).toBe(`TY  - ELEC
AU  - Social Credit Fact Check
TI  - Everyone has a score
T2  - Social Credit Fact Check
PY  - 2026
DA  - 2026/01/02/
Y2  - 2026/01/02/
M3  - Fact check
UR  - https://example.org/claims/everyone-has-a-score/
LA  - en
ID  - everyone-has-a-score
ER  - `);
  });
  test("CSL-JSON is the one record the others come from", () => {
    expect(JSON.parse(cited.cslJson)).toEqual([claimRecord(claim, "Social Credit Fact Check", "Social Credit Fact Check", "en", URL)]);
  });
});

const source = (authors: Source["authors"], changes: Partial<Source> = {}): Source => ({
  id: "a-source",
  file: "sources/a-source.md",
  title: "Blacklists and redlists",
  publisher: "TechNode",
  authors,
  published: "2018-10-23",
  url: "https://example.org/a",
  language: "en",
  kind: "news",
  excerpts: [],
  bodyHtml: "",
  ...changes,
});

/** One source's citation in every format, for each way a source is credited, published and read. */
const pinned: [string, Source, Citations][] = [
  [
    "a person",
    source([{ given: "Christopher", family: "Udemans" }]),
    {
      apa: "Udemans, C. (2018, October 23). Blacklists and redlists. TechNode. https://example.org/a",
      mla: "Udemans, Christopher. “Blacklists and Redlists.” TechNode, 23 Oct. 2018, https://example.org/a.",
      chicago: "Udemans, Christopher. “Blacklists and Redlists.” TechNode, October 23, 2018. https://example.org/a.",
      bibtex: `@online{a-source,
\tauthor = {Udemans, Christopher},
\ttitle = {{Blacklists and redlists}},
\torganization = {{TechNode}},
\tyear = {2018},
\tmonth = oct,
\tdate = {2018-10-23},
\turl = {https://example.org/a},
}`,
      ris: `TY  - NEWS
AU  - Udemans, Christopher
TI  - Blacklists and redlists
T2  - TechNode
PY  - 2018
DA  - 2018/10/23/
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"article-newspaper\",\"title\":\"Blacklists and redlists\",\"container-title\":\"TechNode\",\"author\":[{\"given\":\"Christopher\",\"family\":\"Udemans\"}],\"issued\":{\"date-parts\":[[2018,10,23]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
  [
    "an organisation, with its translator: a document read on a web page, never \"In\" the site",
    source([{ organization: "State Council of the PRC" }, { given: "Rogier", family: "Creemers", role: "translator" }], {
      title: "Planning Outline",
      publisher: "China Copyright and Media",
      kind: "government-document",
      published: "2014-06-27",
      documentDate: "2014-06-14",
    }),
    {
      apa: "State Council of the PRC. (2014, June 27). Planning Outline (R. Creemers, Trans.). China Copyright and Media. https://example.org/a (Original work published 2014)",
      mla: "State Council of the PRC. “Planning Outline.” 2014. China Copyright and Media, translated by Rogier Creemers, 27 June 2014, https://example.org/a.",
      chicago: "State Council of the PRC. “Planning Outline.” Translated by Rogier Creemers. China Copyright and Media, June 27, 2014. https://example.org/a.",
      bibtex: `@online{a-source,
\tauthor = {{State Council of the PRC}},
\ttranslator = {Creemers, Rogier},
\ttitle = {{Planning Outline}},
\torganization = {{China Copyright and Media}},
\tyear = {2014},
\tmonth = jun,
\tdate = {2014-06-27},
\torigdate = {2014-06-14},
\turl = {https://example.org/a},
}`,
      ris: `TY  - ELEC
AU  - State Council of the PRC
A4  - Creemers, Rogier
TI  - Planning Outline
T2  - China Copyright and Media
PY  - 2014
DA  - 2014/06/27/
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"webpage\",\"title\":\"Planning Outline\",\"container-title\":\"China Copyright and Media\",\"author\":[{\"literal\":\"State Council of the PRC\"}],\"translator\":[{\"given\":\"Rogier\",\"family\":\"Creemers\"}],\"issued\":{\"date-parts\":[[2014,6,27]]},\"original-date\":{\"date-parts\":[[2014,6,14]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
  [
    "no author shown: Chicago punctuates a news article as a web page (\"Site. “Title,” date.\")",
    source([], { title: "Hebei court unveils program", publisher: "China Daily", published: "2019-01" }),
    {
      apa: "Hebei court unveils program. (2019, January). China Daily. https://example.org/a",
      mla: "“Hebei Court Unveils Program.” China Daily, Jan. 2019, https://example.org/a.",
      chicago: "China Daily. “Hebei Court Unveils Program,” January 2019. https://example.org/a.",
      bibtex: `@online{a-source,
\ttitle = {{Hebei court unveils program}},
\torganization = {{China Daily}},
\tyear = {2019},
\tmonth = jan,
\tdate = {2019-01},
\turl = {https://example.org/a},
}`,
      ris: `TY  - NEWS
TI  - Hebei court unveils program
T2  - China Daily
PY  - 2019
DA  - 2019/01//
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"article-newspaper\",\"title\":\"Hebei court unveils program\",\"container-title\":\"China Daily\",\"issued\":{\"date-parts\":[[2019,1]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
  [
    "read only from a copy, the publisher attributed: the name alone, the copy once, as the copy",
    source([{ given: "Vincent", family: "Brussee" }], { kind: "analysis", publisher: "Foreign Policy", publisherFrom: "attribution", url: undefined, readAt: "https://copy.example.org/a" }),
    {
      // APA 7 has no "Retrieved from" without a retrieval date, and ends at its URL with no full stop; MLA and Chicago end with one.
      apa: "Brussee, V. (2018, October 23). Blacklists and redlists. Foreign Policy. Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a",
      mla: "Brussee, Vincent. “Blacklists and Redlists.” Foreign Policy, 23 Oct. 2018. Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a.",
      chicago: "Brussee, Vincent. “Blacklists and Redlists.” Foreign Policy, October 23, 2018. Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a.",
      bibtex: `@online{a-source,
\tauthor = {Brussee, Vincent},
\ttitle = {{Blacklists and redlists}},
\torganization = {{Foreign Policy}},
\tyear = {2018},
\tmonth = oct,
\tdate = {2018-10-23},
\tnote = {Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a.},
}`,
      ris: `TY  - ELEC
AU  - Brussee, Vincent
TI  - Blacklists and redlists
T2  - Foreign Policy
PY  - 2018
DA  - 2018/10/23/
N1  - Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a.
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"webpage\",\"title\":\"Blacklists and redlists\",\"container-title\":\"Foreign Policy\",\"author\":[{\"given\":\"Vincent\",\"family\":\"Brussee\"}],\"issued\":{\"date-parts\":[[2018,10,23]]},\"language\":\"en\",\"note\":\"Publisher not named in the text; commonly attributed. Read from a copy at https://copy.example.org/a.\"}]",
    },
  ],
  [
    "a translated law: the issuing body as author in every style, the title set as a title, no \"§\"",
    source([{ organization: "Supreme People's Court" }], { kind: "law-translation", title: "Several Provisions", publisher: "China Law Translate", published: undefined, documentDate: "2017-02-28" }),
    {
      apa: "Supreme People’s Court. (2017, February 28). Several Provisions. China Law Translate. https://example.org/a",
      mla: "Supreme People’s Court. “Several Provisions.” China Law Translate, 28 Feb. 2017, https://example.org/a.",
      chicago: "Supreme People’s Court. “Several Provisions.” China Law Translate, February 28, 2017. https://example.org/a.",
      bibtex: `@online{a-source,
\tauthor = {{Supreme People's Court}},
\ttitle = {{Several Provisions}},
\torganization = {{China Law Translate}},
\tyear = {2017},
\tmonth = feb,
\tdate = {2017-02-28},
\turl = {https://example.org/a},
}`,
      ris: `TY  - ELEC
AU  - Supreme People's Court
TI  - Several Provisions
T2  - China Law Translate
PY  - 2017
DA  - 2017/02/28/
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"webpage\",\"title\":\"Several Provisions\",\"container-title\":\"China Law Translate\",\"author\":[{\"literal\":\"Supreme People's Court\"}],\"issued\":{\"date-parts\":[[2017,2,28]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
  [
    "a journal article: a periodical, given names first inverted like any",
    source([{ given: "Lauren Yu-Hsin", family: "Lin" }, { given: "Curtis J.", family: "Milhaupt" }], { kind: "academic", title: "China's Corporate Social Credit System", publisher: "The China Quarterly", published: "2023-06-21" }),
    {
      apa: "Lin, L. Y.-H., & Milhaupt, C. J. (2023). China’s Corporate Social Credit System. The China Quarterly. https://example.org/a",
      mla: "Lin, Lauren Yu-Hsin, and Curtis J. Milhaupt. “China’s Corporate Social Credit System.” The China Quarterly, June 2023, https://example.org/a.",
      chicago: "Lin, Lauren Yu-Hsin, and Curtis J. Milhaupt. “China’s Corporate Social Credit System.” The China Quarterly, June 21, 2023. https://example.org/a.",
      bibtex: `@article{a-source,
\tauthor = {Lin, Lauren Yu-Hsin and Milhaupt, Curtis J.},
\ttitle = {{China's Corporate Social Credit System}},
\tjournal = {The China Quarterly},
\tyear = {2023},
\tmonth = jun,
\tdate = {2023-06-21},
\turl = {https://example.org/a},
}`,
      ris: `TY  - JOUR
AU  - Lin, Lauren Yu-Hsin
AU  - Milhaupt, Curtis J.
TI  - China's Corporate Social Credit System
T2  - The China Quarterly
PY  - 2023
DA  - 2023/06/21/
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"article-journal\",\"title\":\"China's Corporate Social Credit System\",\"container-title\":\"The China Quarterly\",\"author\":[{\"given\":\"Lauren Yu-Hsin\",\"family\":\"Lin\"},{\"given\":\"Curtis J.\",\"family\":\"Milhaupt\"}],\"issued\":{\"date-parts\":[[2023,6,21]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
  [
    "a working paper on a repository (SSRN): a report the repository issues, never a journal article; the day where the style gives one",
    source([{ given: "Rogier", family: "Creemers" }], { kind: "working-paper", title: "An Evolving Practice of Control", publisher: "SSRN", published: "2018-05-22" }),
    {
      apa: "Creemers, R. (2018). An Evolving Practice of Control [Working paper]. SSRN. https://example.org/a",
      mla: "Creemers, Rogier. An Evolving Practice of Control. Working paper, SSRN, 22 May 2018, https://example.org/a.",
      chicago: "Creemers, Rogier. “An Evolving Practice of Control.” Working paper. SSRN, May 22, 2018. https://example.org/a.",
      bibtex: `@report{a-source,
\tauthor = {Creemers, Rogier},
\ttitle = {{An Evolving Practice of Control}},
\ttype = {Working paper},
\tinstitution = {{SSRN}},
\tyear = {2018},
\tmonth = may,
\tdate = {2018-05-22},
\turl = {https://example.org/a},
}`,
      ris: `TY  - RPRT
AU  - Creemers, Rogier
TI  - An Evolving Practice of Control
PB  - SSRN
PY  - 2018
DA  - 2018/05/22/
M3  - Working paper
UR  - https://example.org/a
LA  - en
ID  - a-source
ER  - `,
      cslJson:
        "[{\"id\":\"a-source\",\"citation-key\":\"a-source\",\"type\":\"report\",\"genre\":\"Working paper\",\"title\":\"An Evolving Practice of Control\",\"publisher\":\"SSRN\",\"author\":[{\"given\":\"Rogier\",\"family\":\"Creemers\"}],\"issued\":{\"date-parts\":[[2018,5,22]]},\"URL\":\"https://example.org/a\",\"language\":\"en\"}]",
    },
  ],
];

describe("a source's citation in every format, by how it is credited, published and read", () => {
  for (const [name, work, expected] of pinned) {
    describe(name, () => {
      const formats = () => formatCitations(sourceRecord(work));
      test("APA 7", () => expect(formats().apa).toBe(expected.apa));
      test("MLA 9", () => expect(formats().mla).toBe(expected.mla));
      test("Chicago", () => expect(formats().chicago).toBe(expected.chicago));
      test("BibTeX", () => expect(formats().bibtex).toBe(expected.bibtex));
      test("RIS", () => expect(formats().ris).toBe(expected.ris));
      test("CSL-JSON", () => expect(formats().cslJson).toBe(expected.cslJson));
    });
  }

  test("a name as shown is printed as written, never split", () => {
    expect(formatCitations(sourceRecord(source([{ name: "Liu Hu" }]))).apa).toBe(
      "Liu Hu. (2018, October 23). Blacklists and redlists. TechNode. https://example.org/a",
    );
  });

  test("an inferred author is cited as inferred, said in plain words as an inferred publisher is, never as if the text showed it", () => {
    const inferred = source([], { inferredAuthors: [{ author: { given: "Genia", family: "Kostka" }, reason: "Catalogue records give her." }] });
    const cited = formatCitations(sourceRecord(inferred));
    expect(cited.apa).toBe("Kostka, G. (2018, October 23). Blacklists and redlists. TechNode. https://example.org/a (Author not named in the text; inferred)");
    expect(cited.mla).toBe("Kostka, Genia. “Blacklists and Redlists.” TechNode, 23 Oct. 2018, https://example.org/a. Author not named in the text; inferred.");
    expect(cited.chicago).toBe("Kostka, Genia. “Blacklists and Redlists.” TechNode, October 23, 2018. https://example.org/a. Author not named in the text; inferred.");
    expect(cited.bibtex).toContain("\tauthor = {Kostka, Genia},");
    expect(cited.bibtex).toContain("\tnote = {Author not named in the text; inferred.},");
    expect(cited.ris).toContain("AU  - Kostka, Genia\n");
    expect(cited.ris).toContain("N1  - Author not named in the text; inferred.\n");
  });

  test("with no inference recorded, the author stays not shown", () => {
    const cited = formatCitations(sourceRecord(source([])));
    expect(cited.apa).toBe("Blacklists and redlists. (2018, October 23). TechNode. https://example.org/a");
    expect(cited.ris).not.toContain("AU  -");
  });

  test("a reproduced document with no posting date is cited at the document's date", () => {
    const { published: _, ...undated } = source([{ organization: "State Council of the PRC" }]);
    expect(formatCitations(sourceRecord({ ...undated, documentDate: "2014-06-14" })).apa).toBe(
      "State Council of the PRC. (2014, June 14). Blacklists and redlists. TechNode. https://example.org/a",
    );
  });

  test("the original's address stays the reference's; the copy read closes it, once, never run into another URL", () => {
    const cited = formatCitations(sourceRecord(source([], { readAt: "https://mirror.example.org/a" })));
    // After APA's closing URL a note stands in parentheses, as APA's "(Original work published …)" does.
    expect(cited.apa).toBe("Blacklists and redlists. (2018, October 23). TechNode. https://example.org/a (Read from a copy at https://mirror.example.org/a)");
    expect(cited.mla).toBe("“Blacklists and Redlists.” TechNode, 23 Oct. 2018, https://example.org/a. Read from a copy at https://mirror.example.org/a.");
    expect(cited.chicago).toBe("TechNode. “Blacklists and Redlists,” October 23, 2018. https://example.org/a. Read from a copy at https://mirror.example.org/a.");
    for (const text of Object.values(cited)) expect(text).not.toMatch(/https?:\/\/\S+ https?:|Retrieved/);
    for (const text of [cited.apa, cited.mla, cited.chicago]) expect(text.split("mirror.example.org")).toHaveLength(2);
  });

  test("how a date not shown is known is said on the page, never inside a reference", () => {
    const cited = formatCitations(sourceRecord(source([], { publishedFrom: "address" })));
    for (const text of Object.values(cited)) expect(text).not.toMatch(/address|not shown/);
  });
});

describe("BibTeX that parsers read back exactly", () => {
  const hostile = source([{ given: "Ann_Marie", family: "O'Brien & Co" }, { organization: "50% {Braces} #1 ~ ^ \\ $" }], {
    title: `China's "social credit" & <ranking> 社会信用 {x}`,
    publisher: "Fact & Check",
    url: "https://example.org/a?q=1&r=%7B#frag",
  });

  test("TeX specials in names, titles and publishers are escaped; the URL is kept verbatim", () => {
    const library = parseBibtex(formatCitations(sourceRecord(hostile)).bibtex);
    expect(library.errors).toEqual([]);
    const { fields } = library.entries[0]!;
    expect(fields.title).toBe(hostile.title);
    expect(fields.organization).toEqual(["Fact & Check"]);
    expect(fields.url).toBe("https://example.org/a?q=1&r=%7B#frag");
    expect(fields.month).toBe("10");
  });
});

describe("organisations in BibTeX are names, never split at “and”", () => {
  test("a publisher with “and” in its name reads back as one organisation, as author and as publisher", () => {
    const globe = source([{ organization: "The Globe and Mail" }], { publisher: "The Globe and Mail" });
    const { fields } = parseBibtex(formatCitations(sourceRecord(globe)).bibtex).entries[0]!;
    expect(fields.organization).toEqual(["The Globe and Mail"]);
    expect(fields.author).toEqual([{ name: "The Globe and Mail" }]);
  });
});

import { expect, test } from "vitest";
import type { Source } from "../../lib/content/corpus.ts";
import { independentCount, normaliseName } from "../../lib/content/independence.ts";

function source(id: string, publisher: string, authors: string[], sameWorkAs?: string[]): Source {
  return {
    id, publisher, authors, file: `sources/${id}.md`, title: id, language: "en", kind: "news", excerpts: [], bodyHtml: "",
    ...(sameWorkAs ? { sameWorkAs } : {}),
  };
}

const technode = source("technode", "TechNode", ["Christopher Udemans"]);
const logic = source("logic", "Logic Magazine", []);
const berkeley = source("berkeley", "UC Berkeley School of Information", ["Shazeda Ahmed"], ["logic"]);
const ninedash = source("ninedash", "9DASHLINE", ["Vincent Brussee (interviewee)"]);
const pastebin = source("pastebin", "Original publisher not named", ["Vincent Brussee"]);
const clt = source("clt", "China Law Translate", []);
const cltOther = source("clt-other", "china law  translate", []);

const cases: [string, Source[], number][] = [
  ["different publishers and authors", [technode, logic], 2],
  ["a reprint declared with sameWorkAs counts once", [logic, berkeley], 1],
  ["the same author under two publishers counts once", [ninedash, pastebin], 1],
  ["the same publisher counts once", [clt, cltOther], 1],
  ["relations are transitive", [logic, berkeley, technode, ninedash, pastebin], 3],
  ["one source", [technode], 1],
];
for (const [name, sources, expected] of cases) test(name, () => expect(independentCount(sources)).toBe(expected));

test("names ignore case, spacing and parenthetical roles", () => {
  expect(normaliseName("Rogier  Creemers (translator)")).toBe(normaliseName("rogier creemers"));
});

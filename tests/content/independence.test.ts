import { expect, test } from "vitest";
import { identityKeys, normaliseName } from "../../lib/content/authors.ts";
import type { Source } from "../../lib/content/corpus.ts";
import { independence, sharedWorkIndex } from "../../lib/content/independence.ts";
import type { Author } from "../../lib/content/schema.ts";

function source(id: string, publisher: string, authors: Author[], more: Partial<Source> = {}): Source {
  return { id, publisher, authors, file: `sources/${id}.md`, title: id, language: "en", kind: "news", excerpts: [], bodyHtml: "", ...more };
}

const daum = { given: "Jeremy", family: "Daum" } as const;
const technode = source("technode", "TechNode", [{ given: "Christopher", family: "Udemans" }]);
const logic = source("logic", "Logic Magazine", []);
const berkeley = source("berkeley", "UC Berkeley School of Information", [{ given: "Shazeda", family: "Ahmed" }], { sameWorkAs: ["logic"] });
const ninedash = source("ninedash", "9DASHLINE", [{ given: "Vincent", family: "Brussee", role: "interviewee" }]);
const pastebin = source("pastebin", "Original publisher not named", [{ given: "Vincent", family: "Brussee" }]);
const clt = source("clt", "China Law Translate", []);
const cltOther = source("clt-other", "china law  translate", []);
const eui = source("eui", "GLOBALCIT forum", [daum]);
const cdt = source("cdt", "China Digital Times", [], { inferredAuthors: [{ author: daum, reason: "An interview with Daum." }] });
const outline = source("outline", "DigiChina", [{ organization: "State Council" }, { given: "Rogier", family: "Creemers", role: "translator" }]);
const creemers = source("creemers", "SSRN", [{ given: "Rogier", family: "Creemers" }]);
const yangSplit = source("yang-split", "MIT Technology Review", [{ given: "Zeyi", family: "Yang" }]);
const yangShown = source("yang-shown", "Protocol", [{ name: "Yang Zeyi" }]);
const councilAgain = source("council", "China Law Translate", [{ organization: "state  council" }]);

const cases: [string, Source[], number][] = [
  ["different publishers and authors", [technode, logic], 2],
  ["a reprint declared with sameWorkAs counts once", [logic, berkeley], 1],
  ["the same author under two publishers counts once", [ninedash, pastebin], 1],
  ["the same publisher counts once", [clt, cltOther], 1],
  ["relations are transitive", [logic, berkeley, technode, ninedash, pastebin], 3],
  ["one source", [technode], 1],
  ["an inferred author counts like a byline", [eui, cdt], 1],
  ["a translator does not make a translation the translator's view", [outline, creemers], 2],
  ["a split name matches the name as shown, in either order", [yangSplit, yangShown], 1],
  ["one organisation credited by two publishers counts once", [outline, councilAgain], 1],
];
for (const [name, sources, expected] of cases) test(name, () => expect(independence(sources).count).toBe(expected));

test("names ignore case, spacing and parenthetical remarks", () => {
  expect(normaliseName("Rogier  Creemers (translator)")).toBe(normaliseName("rogier creemers"));
});

test("a person and an organisation of the same name are different credits", () => {
  expect(identityKeys({ name: "Trivium" })).not.toEqual(identityKeys({ organization: "Trivium" }));
});

test("says why sources count together", () => {
  expect(independence([eui, cdt, technode]).links).toEqual(["eui and cdt are both Jeremy Daum's work (inferred)"]);
  expect(independence([ninedash, pastebin]).links).toEqual(["ninedash and pastebin are both Vincent Brussee's work"]);
  expect(independence([logic, berkeley]).links).toEqual(["logic and berkeley are copies of one piece"]);
  expect(independence([clt, cltOther]).links).toEqual(["clt and clt-other share the publisher china law  translate"]);
});

test("the shared-work index lists, for each source, the other sources by the same person and how each credits them", () => {
  const index = sharedWorkIndex([eui, cdt, technode, yangSplit, yangShown]);
  expect(index.get("eui")).toEqual([{ voice: { name: "Jeremy Daum" }, others: [{ source: cdt, voice: { name: "Jeremy Daum", inferredReason: "An interview with Daum." } }] }]);
  expect(index.get("cdt")![0]!.voice.inferredReason).toBe("An interview with Daum.");
  expect(index.get("yang-split")).toEqual([{ voice: { name: "Zeyi Yang" }, others: [{ source: yangShown, voice: { name: "Yang Zeyi" } }] }]);
  expect(index.has("technode")).toBe(false);
});

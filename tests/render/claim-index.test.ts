import { expect, test } from "vitest";
import { claimIndexPages, indexLetter } from "../../lib/render/claim-index.ts";
import { modelContext, type ClaimCard } from "../../lib/render/model-context.ts";
import { buildCorpus } from "../../lib/content/corpus.ts";
import { TEST_SITE } from "../helpers/render-page.ts";

const letters: [string, string][] = [
  ["China's Social Credit System is a myth", "C"],
  ["\"Black Mirror\" made real", "B"],
  ["The State Council orders scores", "S"],
  ["A low score bans travel", "L"],
  ["2014 planning outline", "#"],
  ["Émigrés are scored", "E"],
  ["芝麻信用 is a government score", "#"],
];
for (const [claim, letter] of letters) test(`indexLetter(${claim}) = ${letter}`, () => expect(indexLetter(claim)).toBe(letter));

const card = (id: string, claim: string) => ({ id, claim }) as unknown as ClaimCard;
const ctx = modelContext(buildCorpus({ verdicts: [], topics: [], claims: [], sources: [] }), TEST_SITE);

test("claims are sorted and grouped by letter, digits first, and split into linked pages", () => {
  const cards = [card("c", "Cats"), card("a2", "Apples"), card("n", "2020"), card("b", "The bees"), card("a1", "Ants")];
  const pages = claimIndexPages(cards, ctx, 3);
  expect(pages.map((p) => p.meta.path)).toEqual(["/a-z/", "/a-z/2/"]);
  expect(pages.map((p) => p.meta.title)).toEqual(["All claims, A–Z (page 1 of 2)", "All claims, A–Z (page 2 of 2)"]);
  expect(pages[0]!.groups.map((g) => [g.letter, g.claims.map((c) => c.id)])).toEqual([
    ["#", ["n"]],
    ["A", ["a1", "a2"]],
  ]);
  expect(pages[1]!.groups.map((g) => [g.letter, g.claims.map((c) => c.id)])).toEqual([
    ["B", ["b"]],
    ["C", ["c"]],
  ]);
  expect(pages[0]!.groups.map((g) => g.anchor)).toEqual(["letter-other", "letter-a"]);
  expect(pages.map((p) => [p.nav.prev, p.nav.next])).toEqual([
    [undefined, "/fc/a-z/2/"],
    ["/fc/a-z/", undefined],
  ]);
  expect(pages.map((p) => p.status)).toEqual(["5 claims. Page 1 of 2 shows 1–3.", "5 claims. Page 2 of 2 shows 4–5."]);
});

test("every letter links to the page and heading where its claims begin; a letter split across pages says it continues", () => {
  const cards = [card("a1", "Ants"), card("a2", "Apples"), card("a3", "Axes"), card("b", "Bees")];
  const pages = claimIndexPages(cards, ctx, 2);
  expect(pages[0]!.letters).toEqual([
    { text: "A", href: "/fc/a-z/#letter-a" },
    { text: "B", href: "/fc/a-z/2/#letter-b" },
  ]);
  expect(pages[1]!.letters).toEqual(pages[0]!.letters);
  expect(pages[1]!.groups.map((g) => [g.letter, g.continued])).toEqual([
    ["A", true],
    ["B", false],
  ]);
  expect(pages[0]!.groups.map((g) => g.continued)).toEqual([false]);
});

test("an empty corpus still has one index page", () => {
  const pages = claimIndexPages([], ctx, 50);
  expect(pages.map((p) => p.groups)).toEqual([[]]);
  expect(pages[0]!.meta.title).toBe("All claims, A–Z");
  expect(pages[0]!.status).toBe("0 claims");
});

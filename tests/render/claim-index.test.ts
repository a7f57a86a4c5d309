import { expect, test } from "vitest";
import { claimIndexPages, indexLetter } from "../../lib/render/claim-index.ts";
import type { ClaimCard } from "../../lib/render/view-model.ts";

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

test("claims are sorted and grouped by letter, digits first, and split into linked pages", () => {
  const cards = [card("c", "Cats"), card("a2", "Apples"), card("n", "2020"), card("b", "The bees"), card("a1", "Ants")];
  const pages = claimIndexPages(cards, 3);
  expect(pages.map((p) => p.url)).toEqual(["/a-z/", "/a-z/2/"]);
  expect(pages[0]!.groups.map((g) => [g.letter, g.claims.map((c) => c.id)])).toEqual([
    ["#", ["n"]],
    ["A", ["a1", "a2"]],
  ]);
  expect(pages[1]!.groups.map((g) => [g.letter, g.claims.map((c) => c.id)])).toEqual([
    ["B", ["b"]],
    ["C", ["c"]],
  ]);
  expect(pages[0]!.groups.map((g) => g.anchor)).toEqual(["letter-other", "letter-a"]);
  expect(pages[1]!.pages).toEqual([
    { href: "/a-z/", text: "#–A", current: false },
    { href: "/a-z/2/", text: "B–C", current: true },
  ]);
});

test("an empty corpus still has one index page", () => {
  expect(claimIndexPages([]).map((p) => p.groups)).toEqual([[]]);
});

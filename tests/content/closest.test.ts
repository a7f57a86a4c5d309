import { expect, test } from "vitest";
import { closest, editDistance } from "../../lib/content/closest.ts";

const distances: [string, string, number][] = [
  ["verdict", "verdict", 0],
  ["verdikt", "verdict", 1],
  ["", "abc", 3],
  ["kitten", "sitting", 3],
];
for (const [a, b, d] of distances) test(`editDistance(${a}, ${b}) = ${d}`, () => expect(editDistance(a, b)).toBe(d));

const suggestions: [string, string[], string[]][] = [
  ["verdikt", ["verdict", "topics", "summary"], ["verdict"]],
  ["scoring", ["scores", "courts", "data"], ["scores"]],
  ["evidense", ["evidence", "related"], ["evidence"]],
  ["zzz", ["verdict", "topics"], []],
];
for (const [word, candidates, expected] of suggestions) {
  test(`closest(${word})`, () => expect(closest(word, candidates)).toEqual(expected));
}

import { expect, test } from "vitest";
import { listText, numberWord } from "../../lib/render/prose.ts";

test("listText joins with commas and a last conjunction", () => {
  expect(listText([])).toBe("");
  expect(listText(["A"])).toBe("A");
  expect(listText(["A", "B"])).toBe("A and B");
  expect(listText(["A", "B", "C"], "or")).toBe("A, B or C");
});

test("numberWord spells small counts and writes larger ones in figures", () => {
  expect(numberWord(0)).toBe("zero");
  expect(numberWord(2)).toBe("two");
  expect(numberWord(10)).toBe("ten");
  expect(numberWord(11)).toBe("11");
});

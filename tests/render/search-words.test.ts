import { expect, test } from "vitest";
import { chineseSearchField, chineseWords, queryWords } from "../../lib/render/search-words.ts";

test("a Chinese run is split into words, and single characters in a row stay together", () => {
  expect(chineseWords("社会信用体系 and 老赖地图")).toEqual(["社会", "信用", "体系", "老赖", "地图"]);
  expect(chineseWords("no Chinese here")).toEqual([]);
});

test("a page's hidden field holds each Chinese word once", () => {
  expect(chineseSearchField(["芝麻信用", "社会信用 (社会)"])).toBe("芝麻 信用 社会");
  expect(chineseSearchField(["Sesame Credit"])).toBe("");
});

test("question words and stop-words are left out of matching but reported", () => {
  const q = queryWords("When did China's social credit system start?");
  expect(q.words).toEqual(["china", "social", "credit", "system", "start"]);
  expect(q.ignored).toEqual(["when", "did"]);
  expect(q.phrases).toEqual([]);
});

test("quoted phrases are kept whole and exact; Chinese particles are left out", () => {
  expect(queryWords('“social credit” dont pay').phrases).toEqual(["social credit"]);
  expect(queryWords('“social credit” dont pay').words).toEqual(["pay"]);
  expect(queryWords("征信 和 社会信用 的区别").words).toEqual(["征信", "社会", "信用", "区别"]);
});

test("a query of stop-words only keeps them, so it still searches", () => {
  expect(queryWords("what is it").words).toEqual(["what", "is", "it"]);
});

test("a question's final particle never joins the character before it into a word", () => {
  expect(queryWords("中国人都有社会信用分吗").words).toEqual(["中国人", "社会", "信用", "分"]);
  expect(queryWords("吗").words).toEqual(["吗"]);
});

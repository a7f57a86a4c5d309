import { describe, expect, test } from "vitest";
import { checkQuote, keptParts, normaliseForQuote } from "../../lib/content/quote-check.ts";

const archive = normaliseForQuote(`Despite its name, it isn’t a single system, and it’s not monolithic, as many reports claim.
Not every one of the country’s 1.4 billion citizens is being rated on a three-digit scale. Instead, it’s a complex
ecosystem containing numerous subsystems — each at various levels of development.`);

describe("normaliseForQuote", () => {
  const cases: Record<string, string> = {
    "it’s “quoted” — here": `it's "quoted" - here`,
    "  many\n  spaces\t here ": "many spaces here",
    "cafe\u0301": "café",
  };
  for (const [input, expected] of Object.entries(cases)) test(JSON.stringify(input), () => expect(normaliseForQuote(input)).toBe(expected));
});

test("keptParts splits at each omission mark", () => {
  expect(keptParts("first part is here […] and the second part")).toEqual(["first part is here", "and the second part"]);
});

describe("checkQuote", () => {
  const cases: [string, string, string | undefined][] = [
    ["a verbatim sentence", "Despite its name, it isn’t a single system, and it’s not monolithic, as many reports claim.", undefined],
    ["straight quotes for curly ones", "Despite its name, it isn't a single system", undefined],
    ["an omission between kept parts", "Despite its name, it isn’t a single system […] rated on a three-digit scale.", undefined],
    ["a line break inside the archive", "Instead, it’s a complex ecosystem containing numerous subsystems", undefined],
    ["one changed word", "Despite its name, it isn’t a single scheme, and it’s not monolithic", "not-found"],
    ["two passages stitched without […]", "as many reports claim. Instead, it’s a complex ecosystem", "not-found"],
    ["kept parts in the wrong order", "rated on a three-digit scale. […] Despite its name, it isn’t a single system", "out-of-order"],
    ["a kept part too short to trust", "Despite its name […] a three-digit scale.", "short-part"],
  ];
  for (const [name, excerpt, kind] of cases) {
    test(name, () => expect(checkQuote(excerpt, archive)?.kind).toBe(kind));
  }

  test("a mismatch names the closest passage", () => {
    const problem = checkQuote("Not every one of the country’s citizens is rated on a three-digit scale.", archive);
    expect(problem).toMatchObject({ kind: "not-found", closest: expect.stringContaining("1.4 billion citizens") });
  });
});

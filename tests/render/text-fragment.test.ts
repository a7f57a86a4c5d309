import { describe, expect, test } from "vitest";
import { encodeFragmentTerm, passageUrl, textDirective } from "../../lib/render/text-fragment.ts";

describe("textDirective", () => {
  // passage → directive. Long passages keep four words at each end.
  const cases: Record<string, string> = {
    // short: the whole passage, one term
    "A short quote.": ":~:text=A%20short%20quote.",
    // commas, ampersands and hyphens are term separators in the syntax: always escaped
    "Rights, duties & well-being": ":~:text=Rights%2C%20duties%20%26%20well%2Dbeing",
    // long: start and end terms
    "The national credit system planned for 2020 will be an ecosystem made up of schemes of various sizes":
      ":~:text=The%20national%20credit%20system,schemes%20of%20various%20sizes",
    // curly quotes around the whole quote are ours; inner ones are the page's
    "“By 2020, China’s rulers aim to implement an Orwellian system premised on the ‘social credit score,’” Pence said.":
      ":~:text=By%202020%2C%20China%E2%80%99s%20rulers,credit%20score%2C%E2%80%99%E2%80%9D%20Pence%20said.",
    // em and en dashes are not ASCII hyphens: percent-encoded as UTF-8
    "promote state-sanctioned moral values—however vague that last goal in particular sounds":
      ":~:text=promote%20state%2Dsanctioned%20moral%20values%E2%80%94however,goal%20in%20particular%20sounds",
    "pages 10–12 of the report": ":~:text=pages%2010%E2%80%9312%20of%20the%20report",
    // non-ASCII Latin
    "Décret relatif à la société": ":~:text=D%C3%A9cret%20relatif%20%C3%A0%20la%20soci%C3%A9t%C3%A9",
    // Chinese has no spaces: characters, not words, at each end
    "社会信用体系是社会主义市场经济体制和社会治理体制的重要组成部分":
      ":~:text=%E7%A4%BE%E4%BC%9A%E4%BF%A1%E7%94%A8%E4%BD%93%E7%B3%BB%E6%98%AF%E7%A4%BE,%E5%88%B6%E7%9A%84%E9%87%8D%E8%A6%81%E7%BB%84%E6%88%90%E9%83%A8%E5%88%86",
    "社会信用体系": ":~:text=%E7%A4%BE%E4%BC%9A%E4%BF%A1%E7%94%A8%E4%BD%93%E7%B3%BB",
    // an omission: the start comes before it and the end after it
    "Some draw comparisons to Black Mirror. […] In nearly all cases, the labels have been misappropriated.":
      ":~:text=Some%20draw%20comparisons%20to,labels%20have%20been%20misappropriated.",
    // a leading ellipsis is an omission mark, not page text
    "… and the rest of the sentence": ":~:text=and%20the%20rest%20of%20the%20sentence",
    // whitespace runs collapse to one space
    "two\n  lines": ":~:text=two%20lines",
  };
  for (const [passage, expected] of Object.entries(cases)) {
    test(JSON.stringify(passage.slice(0, 40)), () => expect(textDirective(passage)).toBe(expected));
  }
});

describe("encodeFragmentTerm", () => {
  test("escapes the characters with a meaning in text directives", () => {
    expect(encodeFragmentTerm("a-b,c&d")).toBe("a%2Db%2Cc%26d");
  });
  test("the result decodes back to the term", () => {
    for (const term of ["a-b,c&d", "“quoted”—dash", "社会信用", "100% (sure)"]) {
      expect(decodeURIComponent(encodeFragmentTerm(term))).toBe(term);
    }
  });
});

describe("passageUrl", () => {
  test("adds a fragment to a URL without one", () => {
    expect(passageUrl("https://example.com/a?b=1", "Short text")).toBe("https://example.com/a?b=1#:~:text=Short%20text");
  });
  test("keeps an existing fragment and appends the directive to it", () => {
    expect(passageUrl("https://example.com/a#section-2", "Short text")).toBe("https://example.com/a#section-2:~:text=Short%20text");
  });
});

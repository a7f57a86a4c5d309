/** Which sentences count as an undated present tense: table-driven over the scanner alone. */
import { expect, test } from "vitest";
import { presentStatements } from "../../lib/content/present-tense.ts";
import { parseMarkdown } from "../../lib/markdown/markdown.ts";

const markers = (text: string) => presentStatements(parseMarkdown(text)).map((s) => s.marker);

const cases: Record<string, string[]> = {
  "Rongcheng now requires consent [@a#b].": ["now"],
  "The list is currently run by the courts [@a#b].": ["currently"],
  "Today the scheme is voluntary [@a#b].": ["Today"],
  "The schemes remain local [@a#b].": ["remain"],
  "Data is being shared [@a#b].": ["is being"],
  // No citation: nothing to judge the present against.
  "Rongcheng now requires consent.": [],
  // A year in our own words dates the sentence.
  "As of 2021, Rongcheng now requires consent [@a#b].": [],
  "In March 2025 the NDRC still listed the problem [@a#b].": [],
  "The 2024–2025 action plan still calls for a law [@a#b].": [],
  // Quoted words are the source's.
  "Brussee calls them “wonky initiatives, now constrained” [@a#b].": [],
  "> Scores are still rare [@a#b].": [],
  // Words that only contain a marker.
  "The known schemes were stilled [@a#b].": [],
  "A now-defunct scheme [@a#b].": [],
  // Sentences are judged one by one, a citation after the full stop staying with its sentence.
  "It was rare in 2018 [@a#b]. It is still rare [@c#d].": ["still"],
  "It is still rare. [@a#b] Another sentence.": ["still"],
};
for (const [text, expected] of Object.entries(cases)) test(JSON.stringify(text), () => expect(markers(text)).toEqual(expected));

test("reports the refs of the sentence and the marker's place", () => {
  const [statement] = presentStatements(parseMarkdown("First line.\n\nIn short, it [@x#y] is now rare [@a#b; @c#d]."));
  expect(statement).toEqual({ marker: "now", refs: ["x#y", "a#b", "c#d"], line: 2, column: 24 });
});

/** The methodology page states the numbers of the verdict data and the excerpt limit, not copies of them. */
import { beforeAll, expect, test } from "vitest";
import type { Verdict } from "../../lib/content/corpus.ts";
import { MAX_EXCERPT_CHARS } from "../../lib/content/schema.ts";
import { methodology } from "../../lib/render/methodology.ts";
import { renderPage, testSite, type TestSite } from "../helpers/render-page.ts";

let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});

const text = (html: string) => html.replace(/<[^>]+>/g, "");

test("the real scale: ratings 6 to 1, two verdicts off it, three verdicts needing two independent sources", () => {
  expect(methodology(site.corpus.verdicts)).toEqual({
    bestRating: 6,
    worstRating: 1,
    offScaleRating: 0,
    offScaleVerdicts: "two",
    maxExcerptChars: MAX_EXCERPT_CHARS,
    independenceRules: [{ sources: "two", verdicts: "false, mostly false or misleading" }],
  });
  const page = text(renderPage("methodology.njk", site.globals).html);
  expect(page).toContain("with bestRating 6 and worstRating 1, and the verdict’s name as alternateName): 6 is the most accurate, 1 the least; 0 marks the two verdicts");
  expect(page).toContain(`a sentence or two at most (${MAX_EXCERPT_CHARS} characters)`);
  expect(page).toContain("a verdict of false, mostly false or misleading rests on at least two independent sources wherever they exist.");
});

test("changing the verdict data changes what the page says", () => {
  const verdicts: Verdict[] = [
    ...site.corpus.verdicts.map((v) => (v.id === "true" ? { ...v, rating: 7 } : v.id === "mixed" ? { ...v, minIndependentSources: 3 } : v)),
    { id: "disputed", label: "Disputed", rating: 0, definition: "Sources disagree." },
  ];
  const rules = methodology(verdicts);
  expect(rules.independenceRules).toEqual([
    { sources: "two", verdicts: "false, mostly false or misleading" },
    { sources: "three", verdicts: "mixed" },
  ]);
  const page = text(renderPage("methodology.njk", { ...site.globals, factcheck: { ...site.model, methodology: rules } }).html);
  expect(page).toContain("bestRating 7 and worstRating 1");
  expect(page).toContain("0 marks the three verdicts");
  expect(page).toContain(
    "a verdict of false, mostly false or misleading rests on at least two independent sources, and a verdict of mixed rests on at least three independent sources wherever they exist.",
  );
});

test("each verdict's definition carries the id that badges link to", () => {
  const { html } = renderPage("methodology.njk", site.globals);
  for (const v of site.model.verdicts) expect(html).toContain(`<dt id="${v.definitionUrl.split("#")[1]}">`);
});

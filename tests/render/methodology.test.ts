/** The methodology page states the numbers of the verdict data, the excerpt limit and the checker's thresholds, not copies of them. */
import { beforeAll, expect, test } from "vitest";
import type { Verdict } from "../../lib/content/corpus.ts";
import { MAX_EXCERPT_CHARS } from "../../lib/content/schema.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent, PRESENT_TENSE_MAX_AGE_YEARS } from "../../lib/content/thresholds.ts";
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
    maxSourceShare: percent(MAX_SOURCE_SHARE),
    minClaimsForShare: MIN_CLAIMS_FOR_SHARE,
    presentTenseMaxAgeYears: PRESENT_TENSE_MAX_AGE_YEARS,
  });
  const page = text(renderPage("methodology.njk", site.globals).html);
  expect(page).toContain("the last two are not judgements of accuracy");
  expect(page).toContain("with bestRating 6 and worstRating 1 (6 is the most accurate). The two verdicts off the scale are published with their name only");
  expect(page).toContain(`a sentence or two at most (${MAX_EXCERPT_CHARS} characters)`);
  expect(page).toContain("A verdict of false, mostly false or misleading must rest on at least two independent sources. Two sources count as one when:");
  expect(page).toContain(`No source, and no person or organisation, is behind more than ${percent(MAX_SOURCE_SHARE)} of the claims (counted once the site has at least ${MIN_CLAIMS_FOR_SHARE} claims;`);
  expect(page).toContain(`when the newest evidence for it is more than ${PRESENT_TENSE_MAX_AGE_YEARS} years older than the review`);
});

test("changing the verdict data changes what the page says", () => {
  const verdicts: Verdict[] = [
    ...site.corpus.verdicts.map((v) => (v.id === "true" ? { ...v, rating: 7 } : v.id === "mixed" ? { ...v, minIndependentSources: 3 } : v)),
    {
      id: "disputed",
      label: "Disputed",
      rating: 0,
      short: "Sources disagree.",
      definition: "Sources disagree.",
      "zh-hans": { label: "有争议", short: "资料意见不一。", definition: "资料意见不一。" },
    },
  ];
  const rules = methodology(verdicts);
  expect(rules.independenceRules).toEqual([
    { sources: "two", verdicts: "false, mostly false or misleading" },
    { sources: "three", verdicts: "mixed" },
  ]);
  // The Chinese page's rules, from the same data: the verdicts' Chinese names, small counts in characters (两份, not 2 份).
  expect(methodology(verdicts, "zh-hans").independenceRules).toEqual([
    { sources: "两", verdicts: "“不实”“基本不实”或“误导”" },
    { sources: "三", verdicts: "“真假参半”" },
  ]);
  expect(methodology(verdicts, "zh-hans").offScaleVerdicts).toBe("三");
  const page = text(renderPage("methodology.njk", { ...site.globals, factcheck: { ...site.model, methodology: rules } }).html);
  expect(page).toContain("bestRating 7 and worstRating 1");
  expect(page).toContain("The three verdicts off the scale");
  expect(page).toContain(
    "A verdict of false, mostly false or misleading must rest on at least two independent sources; a verdict of mixed must rest on at least three independent sources.",
  );
});

test("each verdict's definition carries the id that badges link to", () => {
  const { html } = renderPage("methodology.njk", site.globals);
  for (const v of site.model.verdicts) expect(html).toContain(`<dt id="${v.definitionUrl.split("#")[1]}">`);
});

test("readers get the verdicts in words; the numbers for machines are in the section for data users", () => {
  const { html } = renderPage("methodology.njk", site.globals);
  const data = html.indexOf('<h2 id="data">');
  expect(data).toBeGreaterThan(0);
  for (const word of ["ratingValue", "bestRating", "ClaimReview"]) expect(html.indexOf(word)).toBeGreaterThan(data);
  for (const v of site.model.verdicts) {
    const row = new RegExp(`<tr id="rating-${v.id}"><td>${v.label}</td><td>(.*?)</td></tr>`).exec(html)?.[1];
    expect(row).toBe(v.rating === 0 ? "none (name only)" : String(v.rating));
  }
});

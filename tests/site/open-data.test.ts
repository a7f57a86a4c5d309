/**
 * The open data over a small corpus: one claim with a Chinese translation,
 * one without. Both languages are published side by side, and every record
 * matches the committed JSON Schemas (schemas/data/).
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { beforeAll, expect, test } from "vitest";
import { claimReviews, claimsCsv, claimsData } from "../../lib/site/outputs/open-data.ts";
import { VALID_CLAIM, VALID_CLAIM_HASH as HASH, validTranslation } from "../helpers/content-dir.ts";
import { TEST_SITE, testSite, type TestSite } from "../helpers/render-page.ts";

const TRANSLATION = validTranslation({
  claim: "每个人都有一个分数。",
  summary: "没有人有分数。",
  alsoKnownAs: ["社会信用分"],
  body: "正文引用 [@a-source#first-passage] 和 [@a-source#second-passage]。",
});

let site: TestSite;
beforeAll(async () => {
  site = await testSite({
    "claims/everyone-has-a-score.md": VALID_CLAIM,
    "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
    "claims/nobody-has-a-score.md": VALID_CLAIM.replace("Everyone has a score.", "Nobody has a score, really.").replace(
      "topics: [scores]",
      'topics: [scores]\nalsoKnownAs: ["the score myth"]',
    ),
  });
});

const ajv = new Ajv({ allErrors: true });
const schema = (name: string) => {
  const parsed = JSON.parse(readFileSync(`schemas/data/${name}`, "utf8"));
  return ajv.getSchema(parsed.$id) ?? ajv.compile(parsed);
};

test("claims.json carries each claim's Chinese text and address beside the English, and matches its schema", () => {
  const data = claimsData(site.corpus, TEST_SITE);
  const validate = schema("claims.schema.json");
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  const [translated, untranslated] = data.claims;
  expect(translated).toMatchObject({
    id: "everyone-has-a-score",
    url: "https://example.org/fc/claims/everyone-has-a-score/",
    claim: "Everyone has a score.",
    alsoKnownAs: [],
    verdict: { id: "mixed", label: "Mixed", "zh-hans": { label: "真假参半" } },
    "zh-hans": {
      url: "https://example.org/fc/zh-hans/claims/everyone-has-a-score/",
      claim: "每个人都有一个分数。",
      summary: "没有人有分数。",
      alsoKnownAs: ["社会信用分"],
      translatedFrom: HASH,
      current: true,
    },
  });
  expect(untranslated).toMatchObject({ id: "nobody-has-a-score", alsoKnownAs: ["the score myth"], verdict: { "zh-hans": { label: "真假参半" } } });
  expect(untranslated).not.toHaveProperty("zh-hans");
});

test("claims.json marks a translation made from an earlier English text as not current", async () => {
  const stale = await testSite({
    "claims/everyone-has-a-score.md": VALID_CLAIM.replace("Nobody has a score.", "Nobody has one score."),
    "claims/everyone-has-a-score.zh-hans.md": TRANSLATION,
  });
  const data = claimsData(stale.corpus, TEST_SITE);
  expect(data.claims[0]!["zh-hans"]).toMatchObject({ translatedFrom: HASH, current: false });
  const validate = schema("claims.schema.json");
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
});

test("claims.csv adds the Chinese address, claim, summary and verdict name, empty where there is no translation", () => {
  const [header, ...rows] = claimsCsv(site.corpus, TEST_SITE)
    .trimEnd()
    .split("\r\n")
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"')));
  const records = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
  const validate = schema("claims-csv.schema.json");
  for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  expect(records[0]).toMatchObject({
    url: "https://example.org/fc/claims/everyone-has-a-score/",
    url_zh_hans: "https://example.org/fc/zh-hans/claims/everyone-has-a-score/",
    claim_zh_hans: "每个人都有一个分数。",
    summary_zh_hans: "没有人有分数。",
    verdict_label_zh_hans: "真假参半",
  });
  expect(records[1]).toMatchObject({ id: "nobody-has-a-score", url_zh_hans: "", claim_zh_hans: "", summary_zh_hans: "", verdict_label_zh_hans: "真假参半" });
});

test("claimreview.json holds the ClaimReview of every claim page in both languages, as the pages embed them", () => {
  const reviews = claimReviews(site.model);
  expect(reviews.map((r) => [r.url, r.inLanguage])).toEqual([
    ["https://example.org/fc/claims/everyone-has-a-score/", "en"],
    ["https://example.org/fc/claims/nobody-has-a-score/", "en"],
    ["https://example.org/fc/zh-hans/claims/everyone-has-a-score/", "zh-Hans"],
  ]);
  expect(reviews[2]).toBe(site.model.zhHans.claims[0]!.claimReview);
  expect(reviews[2]).toMatchObject({ claimReviewed: "每个人都有一个分数。", reviewRating: { alternateName: "真假参半" } });
});

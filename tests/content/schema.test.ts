import { describe, expect, test } from "vitest";
import { claimSchema, sourceSchema } from "../../lib/content/schema.ts";
import { isRealDate } from "../../lib/content/schema-fields.ts";

const claim = claimSchema(["true", "false"], ["scores", "courts"]);
const validClaim = {
  claim: "Everyone has a score.",
  verdict: "false",
  summary: "Nobody has one.",
  topics: ["scores"],
  evidence: [{ ref: "a-source#first" }],
  published: "2026-01-02",
  reviewed: "2026-01-02",
};
const validSource = {
  title: "T",
  publisher: "P",
  authors: [],
  url: "https://example.com/a",
  language: "en",
  kind: "news",
  excerpts: [{ id: "first", text: "Some words." }],
};

describe("claim schema", () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ["accepts a valid claim", {}, null],
    ["rejects an unknown field", { verdikt: "false" }, "unrecognized_keys"],
    ["rejects a verdict off the scale", { verdict: "wrong" }, "invalid_value"],
    ["rejects an unknown topic", { topics: ["scoring"] }, "invalid_value"],
    ["rejects an empty summary", { summary: "  " }, "too_small"],
    ["rejects evidence without a #", { evidence: [{ ref: "a-source" }] }, "invalid_format"],
    ["rejects no evidence", { evidence: [] }, "too_small"],
    ["rejects a partial date for a claim", { published: "2026-01" }, "invalid_format"],
    ["rejects an impossible date", { reviewed: "2026-02-30" }, "custom"],
    ["rejects a related id that is not a slug", { related: ["Not A Slug"] }, "invalid_format"],
    ["rejects an appearance with neither url nor ref", { appearances: [{ title: "A speech" }] }, "custom"],
    ["rejects a javascript: appearance url", { appearances: [{ title: "x", url: "javascript:alert(1)" }] }, "invalid_format"],
  ];
  for (const [name, change, code] of cases) {
    test(name, () => {
      const result = claim.safeParse({ ...validClaim, ...change });
      expect(result.success ? null : result.error.issues[0]!.code).toBe(code);
    });
  }
});

describe("source schema", () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ["accepts a valid source", {}, null],
    ["accepts readAt instead of url", { url: undefined, readAt: "https://copy.example.org/a" }, null],
    ["accepts a year-only date", { published: "2018" }, null],
    ["rejects neither url nor readAt", { url: undefined }, "custom"],
    ["rejects a non-http url", { url: "ftp://example.com/a" }, "invalid_format"],
    ["rejects an unknown kind", { kind: "blog" }, "invalid_value"],
    ["rejects an excerpt id that is not a slug", { excerpts: [{ id: "First_One", text: "x" }] }, "invalid_format"],
    ["rejects an excerpt over 400 characters", { excerpts: [{ id: "long", text: "x".repeat(401) }] }, "too_big"],
    ["rejects an unknown excerpt field", { excerpts: [{ id: "a", text: "x", page: 3 }] }, "unrecognized_keys"],
    ["rejects a source with no excerpts", { excerpts: [] }, "too_small"],
    ["accepts a person split into given and family names", { authors: [{ given: "Christopher", family: "Udemans" }] }, null],
    ["accepts a person's name as shown", { authors: [{ name: "Zeyi Yang" }] }, null],
    ["accepts an organisation", { authors: [{ organization: "Trivium China" }] }, null],
    ["accepts a translator", { authors: [{ given: "Rogier", family: "Creemers", role: "translator" }] }, null],
    ["rejects an author as plain text (the old form)", { authors: ["Christopher Udemans"] }, "invalid_union"],
    ["rejects a given name without a family name", { authors: [{ given: "Christopher" }] }, "invalid_union"],
    ["rejects a name with a family name", { authors: [{ name: "Zeyi", family: "Yang" }] }, "unrecognized_keys"],
    ["rejects an unknown role", { authors: [{ name: "A", role: "editor" }] }, "invalid_union"],
    ["accepts an inferred author with its reason", { inferredAuthors: [{ author: { given: "Jeremy", family: "Daum" }, reason: "Why." }] }, null],
    ["accepts a date known from the address", { published: "2018", publishedFrom: "address" }, null],
    ["rejects an unknown way of knowing the date", { published: "2018", publishedFrom: "guess" }, "invalid_value"],
    ["rejects how the date is known without a date", { published: undefined, publishedFrom: "catalogue" }, "custom"],
    ["accepts a document date apart from the posting date", { published: "2022-03-30", documentDate: "2022-03-29" }, null],
    ["rejects a document date that is not a date", { documentDate: "29 March 2022" }, "invalid_format"],
    ["accepts former ids", { aliases: ["old-id"] }, null],
    ["rejects a former id that is not a slug", { aliases: ["Old Id"] }, "invalid_format"],
    ["rejects an inferred author without a reason", { inferredAuthors: [{ author: { given: "Jeremy", family: "Daum" } }] }, "invalid_type"],
  ];
  for (const [name, change, code] of cases) {
    test(name, () => {
      const result = sourceSchema.safeParse({ ...validSource, ...change });
      expect(result.success ? null : result.error.issues[0]!.code).toBe(code);
    });
  }
});

describe("isRealDate", () => {
  const cases: Record<string, boolean> = {
    "2018": true,
    "2018-10": true,
    "2018-13": false,
    "2018-10-23": true,
    "2018-02-29": false,
    "2020-02-29": true,
    "2018-04-31": false,
  };
  for (const [input, expected] of Object.entries(cases)) {
    test(`${input} → ${expected}`, () => expect(isRealDate(input)).toBe(expected));
  }
});

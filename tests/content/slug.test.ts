/** The one slugify: claim ids, file-name suggestions and download names all come from it. */
import { expect, test } from "vitest";
import { slugify } from "../../lib/content/slug.ts";

test.each([
  ["Social Credit Fact Check", Number.POSITIVE_INFINITY, "social-credit-fact-check"],
  ["Three Digit Score", Number.POSITIVE_INFINITY, "three-digit-score"],
  ["China's “social credit” score", Number.POSITIVE_INFINITY, "chinas-social-credit-score"],
  ["Crédit social: l’État", Number.POSITIVE_INFINITY, "credit-social-letat"],
  ["--Already--a_slug--", Number.POSITIVE_INFINITY, "already-a-slug"],
  ["社会信用体系", Number.POSITIVE_INFINITY, ""],
  ["alpha beta gamma", 11, "alpha-beta"],
  ["abcdefghijkl mn", 5, "abcde"],
])("slugify(%j, %s) is %j", (text, maxChars, slug) => {
  expect(slugify(text, maxChars)).toBe(slug);
});

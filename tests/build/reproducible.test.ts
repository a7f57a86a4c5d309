/**
 * Output depends on the content only, never on the clock or the run: two
 * builds of the same content, at different times, are byte-for-byte equal
 * (feed dates, citations, data dumps and redirects included).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { VALID_CLAIM, validContentDir } from "../helpers/content-dir.ts";
import { snapshot } from "../helpers/site-files.ts";

let root: string | undefined;
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

test("two builds of the same content are identical", async () => {
  root = await validContentDir({
    "claims/everyone-has-a-score.md": VALID_CLAIM.replace(
      'reviewed: "2026-01-02"',
      'reviewed: "2026-02-01"\naliases: [old-id]\nrevisions:\n  - date: "2026-02-01"\n    note: "A typo fixed."',
    ),
  });
  const first = path.join(root, "first");
  const second = path.join(root, "second");
  expect((await buildSite({ root, output: first, log: () => {} })).ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // a different second on the clock
  expect((await buildSite({ root, output: second, log: () => {} })).ok).toBe(true);
  const a = await snapshot(first);
  expect(Object.keys(a)).toEqual(expect.arrayContaining(["feed.xml", "data/claims.json", "cite/everyone-has-a-score.bib", "_redirects"]));
  expect(await snapshot(second)).toEqual(a);
});

/** The balance rule through the loader: one source behind too many live claims is flagged, copies counted together. */
import { expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE } from "../../lib/content/thresholds.ts";
import { contentDir, VALID_CLAIM, VALID_SOURCE, type Files } from "../helpers/content-dir.ts";

/** `claims` claims, each with its own source; the first `onMain` also cite `main` (or, past `onCopy`, its copy). */
async function concentration(claims: number, onMain: number, onCopy = onMain) {
  const files: Files = {
    "sources/main.md": VALID_SOURCE.replace('publisher: "A publisher"', 'publisher: "Main"'),
    "sources/main-copy.md": VALID_SOURCE.replace('publisher: "A publisher"', 'publisher: "Mirror"\nsameWorkAs: [main]'),
  };
  for (let i = 0; i < claims; i++) {
    const own = `own-${i}`;
    const main = i < onCopy ? "main" : "main-copy";
    files[`sources/${own}.md`] = VALID_SOURCE.replace('publisher: "A publisher"', `publisher: "Publisher ${i}"`);
    files[`claims/claim-${i}.md`] = VALID_CLAIM.replace(/a-source#second-passage/g, `${i < onMain ? main : own}#second-passage`).replace(
      /a-source#first-passage/g,
      `${own}#first-passage`,
    );
  }
  const root = await contentDir(files);
  const { diagnostics } = await loadCorpus({ root, today: "2026-11-26" });
  return diagnostics.filter((d) => d.code === "source-concentration").map((d) => [d.file, d.message]);
}

const over = Math.floor(MIN_CLAIMS_FOR_SHARE * MAX_SOURCE_SHARE) + 1;

test("a source cited by more than the share of live claims is flagged, with the share and count", async () => {
  expect(await concentration(MIN_CLAIMS_FOR_SHARE, over)).toEqual([
    ["sources/main.md", `the source "main" (together with main-copy: copies of one piece) is cited by ${over} of ${MIN_CLAIMS_FOR_SHARE} live claims (45%); no source should be behind more than 40%`],
  ]);
});

test("exactly the share is allowed", async () => {
  expect(await concentration(MIN_CLAIMS_FOR_SHARE, over - 1)).toEqual([]);
});

test("a piece and its copies count as one source, reported once", async () => {
  expect(await concentration(MIN_CLAIMS_FOR_SHARE, over, 2)).toEqual([
    ["sources/main-copy.md", `the source "main-copy" (together with main: copies of one piece) is cited by ${over} of ${MIN_CLAIMS_FOR_SHARE} live claims (45%); no source should be behind more than 40%`],
  ]);
});

test("below the minimum number of claims the rule waits", async () => {
  expect(await concentration(MIN_CLAIMS_FOR_SHARE - 1, MIN_CLAIMS_FOR_SHARE - 1)).toEqual([]);
});

/** `claims` claims, each with its own source; the first `onPerson` also cite one of two sources by the same analyst (one by byline, one inferred). */
async function personConcentration(claims: number, onPerson: number) {
  const byline = 'authors: [{name: "A. Writer"}]';
  const files: Files = {
    "sources/essay.md": VALID_SOURCE.replace('publisher: "A publisher"', 'publisher: "Review"').replace(byline, "authors: [{ given: Ada, family: Analyst }]"),
    "sources/interview.md": VALID_SOURCE.replace('publisher: "A publisher"', 'publisher: "Podcast"').replace(
      byline,
      "authors: []\ninferredAuthors:\n  - author: { given: Ada, family: Analyst }\n    reason: the answers are hers",
    ),
  };
  for (let i = 0; i < claims; i++) {
    const own = `own-${i}`;
    files[`sources/${own}.md`] = VALID_SOURCE.replace('publisher: "A publisher"', `publisher: "Publisher ${i}"`).replace(byline, `authors: [{name: "Writer ${i}"}]`);
    const shared = i % 2 === 0 ? "essay" : "interview";
    files[`claims/claim-${i}.md`] = VALID_CLAIM.replace(/a-source#second-passage/g, `${i < onPerson ? shared : own}#second-passage`).replace(
      /a-source#first-passage/g,
      `${own}#first-passage`,
    );
  }
  const root = await contentDir(files);
  const { diagnostics } = await loadCorpus({ root, today: "2026-11-26" });
  return diagnostics.filter((d) => d.code.endsWith("-concentration")).map((d) => [d.file, d.code, d.message]);
}

test("one person behind more than the share, across sources and with an inferred credit, is flagged once", async () => {
  expect(await personConcentration(MIN_CLAIMS_FOR_SHARE, over)).toEqual([
    [
      "sources/essay.md",
      "voice-concentration",
      `Ada Analyst, credited by 2 sources (essay, interview), is behind ${over} of ${MIN_CLAIMS_FOR_SHARE} live claims (45%); no one person or body should be behind more than 40%`,
    ],
  ]);
});

test("a person within the share is not flagged, though each of their sources is cited", async () => {
  expect(await personConcentration(MIN_CLAIMS_FOR_SHARE, over - 1)).toEqual([]);
});

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { filterValues, indexCacheTag, knownTerms } from "../../lib/site/outputs/search-aids.ts";

test("known terms are the words of claim texts, other phrasings and topics; Chinese terms whole", () => {
  const corpus = {
    claims: [
      { claim: "Every citizen has a three-digit score.", alsoKnownAs: ["Zhima Credit", "芝麻信用"] },
      { claim: "A score bans travel.", alsoKnownAs: [] },
    ],
    topics: [{ label: "Scores and ratings" }],
  } as unknown as Corpus;
  expect(knownTerms(corpus)).toEqual([
    "and", "bans", "citizen", "credit", "digit", "every", "has", "ratings", "score", "scores", "three", "travel", "zhima", "芝麻信用",
  ]);
});

test("the filters offer each verdict, topic and source kind some page has, verdicts in the scale's order", () => {
  const corpus = {
    claims: [
      { verdict: "false", topics: ["scores"] },
      { verdict: "true", topics: ["blacklists", "scores"] },
    ],
    verdicts: [{ id: "true", label: "True" }, { id: "mostly-true", label: "Mostly true" }, { id: "false", label: "False" }],
    topics: [{ id: "scores", label: "Scores" }, { id: "unused", label: "Unused" }, { id: "blacklists", label: "Blacklists" }],
    sources: [{ kind: "news" }, { kind: "court-document" }, { kind: "news" }],
  } as unknown as Corpus;
  expect(filterValues(corpus)).toEqual({ verdict: ["True", "False"], topic: ["Blacklists", "Scores"], kind: ["Court document", "News"] });
});

test("the cache tag changes with the index's entry and meta files, and only with them", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factcheck-pagefind-"));
  try {
    await writeFile(path.join(dir, "pagefind-entry.json"), '{"languages":{"en":{"hash":"en_1"}}}');
    await writeFile(path.join(dir, "pagefind.en_1.pf_meta"), "meta");
    const before = await indexCacheTag(dir);
    await writeFile(path.join(dir, "pagefind-ui.js"), "not part of the index");
    expect(await indexCacheTag(dir)).toBe(before);
    await writeFile(path.join(dir, "pagefind.en_1.pf_meta"), "meta, rebuilt");
    expect(await indexCacheTag(dir)).not.toBe(before);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

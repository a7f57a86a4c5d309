/**
 * Permanent links: in scratch copies of the content, the checker holds every
 * published id to a file, a tombstone or an alias, and every verdict change
 * to a revision.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { VALID_CLAIM, validContentDir } from "../helpers/content-dir.ts";
import { npmRun } from "../helpers/npm-run.ts";

const TODAY = "2026-11-26";
const REGISTRY = JSON.stringify({ claims: { "everyone-has-a-score": { verdict: "mixed", published: "2026-01-02" } } });
const TOMBSTONE = `---
claim: "Everyone has a score."
published: "2026-01-02"
withdrawn:
  date: "2026-03-01"
  reason: "It duplicated another fact check."
---
`;

async function check(files: Record<string, string>, remove: string[] = []) {
  const root = await validContentDir({ "published.json": REGISTRY, ...files });
  for (const file of remove) await rm(path.join(root, file));
  const result = await loadCorpus({ root, today: TODAY });
  return { ...result, codes: result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code), root };
}

describe("the registry of published claims", () => {
  test("the unchanged content passes", async () => {
    expect((await check({})).codes).toEqual([]);
  });

  test("a content root without published.json has an empty registry", async () => {
    const root = await validContentDir();
    expect((await loadCorpus({ root, today: TODAY })).ok).toBe(true);
  });

  test("deleting a registered claim fails, naming the id in published.json", async () => {
    const { codes, diagnostics } = await check({}, ["claims/everyone-has-a-score.md"]);
    expect(codes).toContain("registered-claim-missing");
    const d = diagnostics.find((x) => x.code === "registered-claim-missing")!;
    expect(d.file).toBe("published.json");
    expect(d.line).toBe(1);
    expect(d.message).toContain("everyone-has-a-score");
  });

  test("a tombstone in its place passes and is kept apart from the live claims", async () => {
    const result = await check({ "claims/everyone-has-a-score.md": TOMBSTONE });
    expect(result.codes).toEqual([]);
    expect(result.corpus.claims).toEqual([]);
    expect(result.corpus.withdrawn.map((w) => [w.id, w.withdrawn.reason])).toEqual([
      ["everyone-has-a-score", "It duplicated another fact check."],
    ]);
  });

  test("a live claim may not list a withdrawn one as related", async () => {
    const relating = VALID_CLAIM.replace("published:", "related: [everyone-has-a-score]\npublished:");
    const { codes } = await check({ "claims/everyone-has-a-score.md": TOMBSTONE, "claims/second.md": relating });
    expect(codes).toEqual(["unknown-claim"]);
  });

  test("a tombstone needs a reason", async () => {
    const { codes } = await check({ "claims/everyone-has-a-score.md": TOMBSTONE.replace(/ {2}reason: .*\n/, "") });
    expect(codes).toEqual(["missing-field"]);
  });

  test("changing a verdict without a revision fails at the verdict line", async () => {
    const { diagnostics, codes } = await check({
      "claims/everyone-has-a-score.md": VALID_CLAIM.replace("verdict: mixed", "verdict: mostly-true"),
    });
    expect(codes).toEqual(["verdict-change-unrecorded"]);
    expect(diagnostics[0]!.line).toBe(3);
  });

  test("a revision recording the change makes it pass", async () => {
    const changed = VALID_CLAIM.replace("verdict: mixed", "verdict: mostly-true").replace(
      'reviewed: "2026-01-02"',
      'reviewed: "2026-02-01"\nrevisions:\n  - date: "2026-02-01"\n    note: "A new source shows a small element of truth."\n    verdict: {from: mixed, to: mostly-true}',
    );
    expect((await check({ "claims/everyone-has-a-score.md": changed })).codes).toEqual([]);
  });

  test("a revision to a verdict YAML reads as a yes/no value (`to: true`) records the change like a quoted one", async () => {
    const changed = VALID_CLAIM.replace("verdict: mixed", "verdict: true").replace(
      'reviewed: "2026-01-02"',
      'reviewed: "2026-02-01"\nrevisions:\n  - date: "2026-02-01"\n    note: "Further sources bear it out."\n    verdict: {from: mixed, to: true}',
    );
    expect((await check({ "claims/everyone-has-a-score.md": changed })).codes).toEqual([]);
  });

  test("a revision must fall between publication and the last review", async () => {
    const revised = (date: string) =>
      VALID_CLAIM.replace('reviewed: "2026-01-02"', `reviewed: "2026-02-01"\nrevisions:\n  - date: "${date}"\n    note: "A typo fixed."`);
    expect((await check({ "claims/everyone-has-a-score.md": revised("2026-02-01") })).codes).toEqual([]);
    expect((await check({ "claims/everyone-has-a-score.md": revised("2026-03-01") })).codes).toEqual(["revision-date"]);
    expect((await check({ "claims/everyone-has-a-score.md": revised("2025-12-31") })).codes).toEqual(["revision-date"]);
  });

  test("a revision recording a different change does not count", async () => {
    const changed = VALID_CLAIM.replace("verdict: mixed", "verdict: mostly-true").replace(
      'reviewed: "2026-01-02"',
      'reviewed: "2026-02-01"\nrevisions:\n  - date: "2026-02-01"\n    note: "Wrong change."\n    verdict: {from: "true", to: mostly-true}',
    );
    expect((await check({ "claims/everyone-has-a-score.md": changed })).codes).toEqual(["verdict-change-unrecorded"]);
  });

  test("renaming a claim with the old id as an alias passes", async () => {
    const renamed = VALID_CLAIM.replace("published:", "aliases: [everyone-has-a-score]\npublished:");
    const result = await check({ "claims/all-have-scores.md": renamed }, ["claims/everyone-has-a-score.md"]);
    expect(result.codes).toEqual([]);
    expect(result.corpus.claim("all-have-scores")!.aliases).toEqual(["everyone-has-a-score"]);
  });

  test("renaming without an alias fails", async () => {
    const result = await check({ "claims/all-have-scores.md": VALID_CLAIM }, ["claims/everyone-has-a-score.md"]);
    expect(result.codes).toEqual(["registered-claim-missing"]);
  });

  test("an alias may not be a live claim's id, nor belong to two claims", async () => {
    const withAlias = (alias: string) => VALID_CLAIM.replace("published:", `aliases: [${alias}]\npublished:`);
    expect((await check({ "claims/second.md": withAlias("everyone-has-a-score") })).codes).toEqual(["alias-collision"]);
    expect((await check({ "claims/second.md": withAlias("old-id"), "claims/third.md": withAlias("old-id") })).codes).toEqual([
      "alias-collision",
    ]);
  });

  test("a broken registry is a diagnostic, not a crash", async () => {
    expect((await check({ "published.json": "{ not json" })).codes).toEqual(["registry-invalid"]);
    expect((await check({ "published.json": '{"claims": {"Bad Id": {"verdict": "false", "published": "x"}}}' })).codes).toEqual([
      "registry-invalid",
    ]);
  });
});

describe("npm run registry", () => {
  test("records live claims, aliases and tombstones, and never drops an id", async () => {
    const renamed = VALID_CLAIM.replace("published:", "aliases: [everyone-has-a-score]\npublished:");
    const root = await validContentDir({
      "published.json": JSON.stringify({ claims: { "gone-claim": { verdict: "true", published: "2026-01-01" } } }),
      "claims/all-have-scores.md": renamed,
      "claims/gone-claim.md": TOMBSTONE.replace("Everyone has a score.", "Gone."),
    });
    await rm(path.join(root, "claims/everyone-has-a-score.md"));
    const run = await npmRun("registry", "--root", root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const written = JSON.parse(await readFile(path.join(root, "published.json"), "utf8"));
    expect(written).toEqual({
      claims: {
        "all-have-scores": { verdict: "mixed", published: "2026-01-02" },
        "everyone-has-a-score": { movedTo: "all-have-scores" },
        "gone-claim": { withdrawn: "2026-03-01" },
      },
    });
    // And the content still checks against what it wrote.
    expect((await loadCorpus({ root, today: TODAY })).ok).toBe(true);
  });

  test("refuses to write while the content has errors", async () => {
    const root = await validContentDir({ "published.json": REGISTRY });
    await rm(path.join(root, "claims/everyone-has-a-score.md"));
    const run = await npmRun("registry", "--root", root);
    expect(run.status).toBe(1);
    expect(await readFile(path.join(root, "published.json"), "utf8")).toBe(REGISTRY);
  });
});

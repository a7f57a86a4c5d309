/**
 * The claim file loader on its own: bytes and the rules they are checked
 * against in, a parsed claim or a tombstone out. Then the resolve step over
 * loaded values. No folder, no build.
 */
import { describe, expect, test } from "vitest";
import { claimRules, loadClaimFile } from "../../lib/content/load-claim.ts";
import { loadRegistryFile } from "../../lib/content/registry.ts";
import { resolveClaims } from "../../lib/content/resolve.ts";
import { VALID_CLAIM } from "../helpers/content-dir.ts";

const TODAY = "2026-11-26";
const FILE = "claims/everyone-has-a-score.md";
const VERDICTS = ["true", "mixed", "false"].map((id, rating) => ({ id, label: id, rating, short: id, definition: id }));
const TOPICS = [{ id: "scores", label: "Scores", description: "About scores." }];
const NO_REGISTRY = loadRegistryFile(undefined).value;
const rules = claimRules(VERDICTS, TOPICS, NO_REGISTRY, TODAY);
const bytes = (text: string) => new TextEncoder().encode(text);
const load = (text: string, file = FILE, with_ = rules) => loadClaimFile({ file, bytes: bytes(text) }, with_);

describe("loadClaimFile", () => {
  test("a valid claim: its checked fields and parsed body", () => {
    const { value, diagnostics } = load(VALID_CLAIM);
    expect(diagnostics).toEqual([]);
    expect(value.withdrawn).toBeUndefined();
    expect(value.parsed?.id).toBe("everyone-has-a-score");
    expect(value.parsed?.data?.verdict).toBe("mixed");
    expect(value.parsed?.body.citations.map((c) => c.ref)).toEqual(["a-source#first-passage", "a-source#second-passage"]);
  });

  test("an invalid claim is still parsed, so its references can be checked", () => {
    const { value, diagnostics } = load(VALID_CLAIM.replace("verdict: mixed", "verdict: wrong"));
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["3 unknown-verdict"]);
    expect(value.parsed?.data).toBeUndefined();
    expect(value.parsed?.raw.evidence).toHaveLength(2);
  });

  test("the placeholder verdict is one error with the scale, not also an unknown verdict", () => {
    const { diagnostics } = load(VALID_CLAIM.replace("verdict: mixed", "verdict: TODO"));
    expect(diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ["verdict-placeholder", "replace it with one of: true, mixed, false (see /methodology/ for what each means)"],
    ]);
  });

  test("`verdict: false` written as a YAML boolean is the verdict", () => {
    expect(load(VALID_CLAIM.replace("verdict: mixed", "verdict: false")).value.parsed?.data?.verdict).toBe("false");
  });

  test("a tombstone is the withdrawn claim, not a claim", () => {
    const tombstone = '---\nclaim: "Gone."\npublished: "2026-01-02"\nwithdrawn:\n  date: "2026-03-01"\n  reason: "A duplicate."\n---\n';
    const { value, diagnostics } = load(tombstone);
    expect(diagnostics).toEqual([]);
    expect(value.parsed).toBeUndefined();
    expect(value.withdrawn).toMatchObject({ id: "everyone-has-a-score", withdrawn: { reason: "A duplicate." } });
  });

  test("a verdict that differs from the registry needs a revision", () => {
    const registry = loadRegistryFile(JSON.stringify({ claims: { "everyone-has-a-score": { verdict: "false", published: "2026-01-02" } } }));
    const { diagnostics } = load(VALID_CLAIM, FILE, claimRules(VERDICTS, TOPICS, registry.value, TODAY));
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["3 verdict-change-unrecorded"]);
  });

  test("the rules' key changes with each thing a claim's result depends on", () => {
    const keys = [
      rules,
      claimRules(VERDICTS, TOPICS, NO_REGISTRY, "2026-11-27"),
      claimRules(VERDICTS.slice(1), TOPICS, NO_REGISTRY, TODAY),
      claimRules(VERDICTS, [], NO_REGISTRY, TODAY),
      claimRules(VERDICTS, TOPICS, loadRegistryFile('{"claims": {"x": {"withdrawn": "2026-01-01"}}}').value, TODAY),
    ].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(claimRules(VERDICTS, TOPICS, NO_REGISTRY, TODAY).key).toBe(rules.key);
  });
});

describe("resolveClaims over loaded claims", () => {
  const parsed = load(VALID_CLAIM).value.parsed!;
  const citable = (excerpts: string[], loaded = true) => new Map([["a-source", { excerptIds: new Set(excerpts), loaded }]]);

  test("a claim whose references resolve is in the result, its evidence numbered by first use", () => {
    const { value, diagnostics } = resolveClaims([parsed], citable(["first-passage", "second-passage"]), [{ file: FILE }]);
    expect(diagnostics).toEqual([]);
    expect(value.map((c) => c.evidence.map((e) => [e.ref, e.number]))).toEqual([
      [
        ["a-source#first-passage", 1],
        ["a-source#second-passage", 2],
      ],
    ]);
  });

  test("an unknown excerpt is reported at its line and keeps the claim out", () => {
    const { value, diagnostics } = resolveClaims([parsed], citable(["first-passage"]), [{ file: FILE }]);
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["8 unknown-excerpt"]);
    expect(value).toEqual([]);
  });

  test("a claim citing a source that failed its own checks stays out, with no error of its own", () => {
    const { value, diagnostics } = resolveClaims([parsed], citable(["first-passage", "second-passage"], false), [{ file: FILE }]);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual([]);
  });
});

/** Diagnostic codes for references between files: sources, excerpts, claims, ids and citations. */
import type { CodeSpec } from "./diagnostic.ts";

export const referenceCodes = {
  "unknown-source": {
    severity: "error",
    summary: "A reference names a source that does not exist.",
    hint: "check the source's file name in sources/ (without .md)",
    example: "ref: technode-2019#not-a-single-system",
  },
  "unknown-excerpt": {
    severity: "error",
    summary: "A reference names an excerpt that its source does not have.",
    hint: "check the excerpt ids listed in the source file",
    example: "ref: technode-udemans-blacklists-redlists-2018#no-such-excerpt",
  },
  "unknown-claim": {
    severity: "error",
    summary: "A related claim, or a claim the home page features, does not exist or was withdrawn.",
    hint: "use the file name (without .md) of a claim in claims/",
    example: "related: [no-such-claim]",
  },
  "self-reference": {
    severity: "error",
    summary: "A claim lists itself as related.",
    hint: "remove the claim's own id from `related`",
    example: "related: [three-digit-score] in claims/three-digit-score.md",
  },
  "duplicate-id": {
    severity: "error",
    summary: "Two entries share one id, so links to them would be ambiguous.",
    hint: "give each one its own id",
    example: "two excerpts with `id: not-a-single-system`",
  },
  "duplicate-url": {
    severity: "error",
    summary: "Two file names differ only in letter case or Unicode form: they would be published at one address, and are one file on macOS and Windows.",
    hint: "merge the two files into one",
    example: "claims/Three-Digit-Score.md next to claims/three-digit-score.md",
  },
  "duplicate-evidence": {
    severity: "error",
    summary: "The same excerpt is listed twice in a claim's evidence.",
    hint: "list each excerpt once; put both notes in one `note`",
    example: "evidence: [{ref: a#x}, {ref: a#x}]",
  },
  "citation-not-in-evidence": {
    severity: "error",
    summary: "An inline citation names an excerpt that the claim's `evidence` does not list.",
    hint: "add `- ref: source-id#excerpt-id` to `evidence`",
    example: "[@technode-udemans-blacklists-redlists-2018#origins-1999] with no matching evidence entry",
  },
  "citation-malformed": {
    severity: "error",
    summary: "Text that starts like a citation `[@…]` is not one.",
    hint: "write citations as [@source-id#excerpt-id] or [@a#x; @b#y]",
    example: "[@technode-udemans-blacklists-redlists-2018, p. 3]",
  },
} as const satisfies Record<string, CodeSpec>;

/**
 * The registry of diagnostic codes. Every code the loader can emit is declared
 * here once, with its severity, what it means, the default hint and an example
 * of input that triggers it. CONTRIBUTING.md's list is generated from this.
 */
import type { Severity } from "./diagnostic.ts";

export interface CodeSpec {
  readonly severity: Severity;
  /** What the code means, in a sentence. */
  readonly summary: string;
  /** How to fix it; a diagnostic may give a more specific hint. */
  readonly hint: string;
  /** A short piece of input that triggers it. */
  readonly example: string;
}

export const diagnosticCodes = {
  "file-encoding": {
    severity: "error",
    summary: "The file is not valid UTF-8 text.",
    hint: "save the file as UTF-8 (most editors offer this in 'Save with encoding')",
    example: "a file saved as Latin-1 containing 'café'",
  },
  "file-empty": {
    severity: "error",
    summary: "The file is empty.",
    hint: "start from `npm run new -- claim \"…\"` or copy an existing file",
    example: "(an empty file)",
  },
  "file-too-large": {
    severity: "error",
    summary: "The file is larger than any claim or source should be.",
    hint: "split the text: a claim explains one claim and quotes a sentence or two per excerpt",
    example: "a 2 MB source file",
  },
  "file-unreadable": {
    severity: "error",
    summary: "The file could not be read at all.",
    hint: "make it a regular file you can open (not a folder, not a broken link) or remove it",
    example: "a folder named claims/draft.md/",
  },
  "file-name": {
    severity: "error",
    summary: "The file name is not a valid id (lower-case words joined by hyphens, ending in .md).",
    hint: "rename the file, e.g. `claims/three-digit-score.md`",
    example: "claims/Three Digit Score.md",
  },
  "front-matter-missing": {
    severity: "error",
    summary: "The file does not start with a front matter block between `---` lines.",
    hint: "put the fields between a first line `---` and a closing line `---`, then the text",
    example: "claim: Everyone has a score (with no `---` line above it)",
  },
  "yaml-syntax": {
    severity: "error",
    summary: "The front matter is not valid YAML.",
    hint: "check indentation and quoting at that line; put text containing `: ` or `#` in double quotes",
    example: 'claim: "unclosed quote',
  },
  "yaml-alias-bomb": {
    severity: "error",
    summary: "The front matter uses YAML aliases excessively (a resource-exhaustion pattern).",
    hint: "write the values out instead of using `&anchors` and `*aliases`",
    example: "a: &a [x, x]\nb: &b [*a, *a] …",
  },
  "not-a-map": {
    severity: "error",
    summary: "The front matter (or data file) does not have the expected structure.",
    hint: "write one `field: value` per line",
    example: "- just a list",
  },
  "unknown-field": {
    severity: "error",
    summary: "A field that the content model does not have.",
    hint: "remove it or fix its spelling; see CONTRIBUTING.md for the fields",
    example: "verdikt: false",
  },
  "missing-field": {
    severity: "error",
    summary: "A required field is missing.",
    hint: "add the field; see CONTRIBUTING.md for what it holds",
    example: "(a claim with no `summary:`)",
  },
  "wrong-type": {
    severity: "error",
    summary: "A field holds the wrong kind of value (text, list, number…).",
    hint: "see CONTRIBUTING.md for the kind of value each field takes",
    example: "topics: scores   (a list is expected: [scores])",
  },
  "empty-value": {
    severity: "error",
    summary: "A text field or list is empty.",
    hint: "fill it in or remove the field if it is optional",
    example: 'summary: ""',
  },
  "invalid-value": {
    severity: "error",
    summary: "A field's value is not one of the values it allows.",
    hint: "use one of the allowed values",
    example: "kind: blog",
  },
  "invalid-date": {
    severity: "error",
    summary: "A date is not a real date in the expected form.",
    hint: "write dates as YYYY-MM-DD (sources may use YYYY or YYYY-MM when that is all the source shows)",
    example: 'published: "2018-02-30"',
  },
  "future-date": {
    severity: "error",
    summary: "A date lies in the future.",
    hint: "use the date on which it actually happened",
    example: 'reviewed: "2999-01-01"',
  },
  "invalid-url": {
    severity: "error",
    summary: "A URL is not a full http(s) address.",
    hint: "paste the full address starting with https:// (or http://)",
    example: "url: www.example.com/article",
  },
  "invalid-path-prefix": {
    severity: "error",
    summary: "The site's path prefix is not a folder path that starts and ends with `/`.",
    hint: "write `/` for a site at the root of its address, or the folder it is served from, e.g. `/fact-check/`",
    example: "pathPrefix: fact-check",
  },
  "invalid-id": {
    severity: "error",
    summary: "An id is not a valid slug (lower-case words joined by hyphens).",
    hint: "use lower-case letters, digits and single hyphens, e.g. `not-a-single-system`",
    example: "id: Not_A_Single_System",
  },
  "invalid-ref": {
    severity: "error",
    summary: "An evidence reference is not of the form `source-id#excerpt-id`.",
    hint: "write the source's file name (without .md), `#`, and the excerpt's id",
    example: "ref: technode-2018 no-three-digit-scale",
  },
  "unknown-verdict": {
    severity: "error",
    summary: "The verdict is not on the published scale.",
    hint: "use one of the verdict ids in data/verdicts.yaml",
    example: "verdict: wrong",
  },
  "verdict-placeholder": {
    severity: "error",
    summary: "The verdict is still the placeholder `npm run new` writes.",
    hint: "choose a verdict from the scale on the methodology page (/methodology/)",
    example: "verdict: TODO",
  },
  "unknown-topic": {
    severity: "error",
    summary: "A topic is not in the topic list.",
    hint: "use topic ids from data/topics.yaml, or propose a new topic there",
    example: "topics: [scoring]",
  },
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
    summary: "A related claim does not exist.",
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
  "excerpt-too-long": {
    severity: "error",
    summary: "An excerpt is longer than the quoting limit.",
    hint: 'quote a sentence or two; mark omissions with "[…]"',
    example: "an excerpt of 600 characters",
  },
  "source-location": {
    severity: "error",
    summary: "A source has neither `url` (the original) nor `readAt` (the copy read).",
    hint: "add `url:` with the original's address, or `readAt:` with the address of the copy you read",
    example: "(a source with no url)",
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
  "raw-html": {
    severity: "warning",
    summary: "Raw HTML in Markdown is not rendered: readers would see the tags as text.",
    hint: "use Markdown instead (e.g. *emphasis*, [link](https://…)); HTML is switched off for safety",
    example: "<b>important</b>",
  },
  "template-syntax": {
    severity: "warning",
    summary: "`{{` or `{%` in contributor text is shown as written; it never runs as template code.",
    hint: "if you meant literal braces, ignore this; otherwise remove them",
    example: "{{ site.title }}",
  },
  "quote-mismatch": {
    severity: "error",
    summary: "An excerpt does not appear verbatim in the saved text of its source (checked with --archive).",
    hint: "copy the passage again from the source, character for character; mark omissions with \"[…]\"",
    example: "an excerpt with one word changed, two passages joined without \"[…]\", or kept parts out of order",
  },
  "quote-part-too-short": {
    severity: "error",
    summary: "A part kept between \"[…]\" omissions is shorter than 20 characters.",
    hint: "keep longer verbatim parts, or quote the passage whole",
    example: "\"China […] has […] a system\"",
  },
  "quote-archive-missing": {
    severity: "error",
    summary: "A source names a `quoteArchive` text that the archive folder does not have (checked with --archive).",
    hint: "check the name in `quoteArchive` against the files in the archive folder (without .md)",
    example: "quoteArchive: technode-2018 when the folder has technode-udemans-blacklists-redlists-2018.md",
  },
  "too-few-excerpts": {
    severity: "warning",
    summary: "A claim rests on fewer than two excerpts.",
    hint: "quote at least two passages; a verdict should never hang on one sentence",
    example: "evidence: [{ref: technode-udemans-blacklists-redlists-2018#not-a-single-system}]",
  },
  "few-independent-sources": {
    severity: "warning",
    summary: "A claim with this verdict rests on fewer independent sources than the methodology asks.",
    hint: "add evidence from a source with a different publisher and author (copies and reprints of one piece count once)",
    example: "verdict: false with evidence only from TechNode",
  },
  "uncited-excerpt": {
    severity: "warning",
    summary: "An excerpt that no claim cites.",
    hint: "cite it from a claim's evidence, or remove it",
    example: "an excerpt added to a source but not yet used",
  },
  "uncited-source": {
    severity: "warning",
    summary: "A source that no claim cites.",
    hint: "cite one of its excerpts from a claim, or remove the source",
    example: "a new source file with no citing claim",
  },
  "registry-invalid": {
    severity: "error",
    summary: "published.json (the registry of published claims) is not valid.",
    hint: "restore it from the repository, then run `npm run registry`",
    example: '{"claims": {"a-claim": "false"}}',
  },
  "registered-claim-missing": {
    severity: "error",
    summary: "A claim that was published has no file, no tombstone and no claim listing it in `aliases`: its address would break.",
    hint: "restore the file; or, to withdraw it, keep the file with only `claim`, `published` and `withdrawn: {date, reason}`; or, if it was renamed, add the old id to the new claim's `aliases`",
    example: "deleting claims/three-digit-score.md after it was published",
  },
  "verdict-change-unrecorded": {
    severity: "error",
    summary: "The verdict differs from the published one and no `revisions` entry records the change.",
    hint: "add a revision: `revisions: [{date: YYYY-MM-DD, note: \"why\", verdict: {from: old, to: new}}]`",
    example: "verdict: mostly-false when published.json records false, with no revision",
  },
  "revision-date": {
    severity: "error",
    summary: "A revision is dated before the claim was published or after it was last reviewed.",
    hint: "a revision happens after publication, and records a review: set `reviewed` to the latest revision's date",
    example: 'reviewed: "2026-01-02" with a revision dated "2026-02-01"',
  },
  "alias-collision": {
    severity: "error",
    summary: "An alias (a former id) is the id of a live or withdrawn claim, or is claimed by two claims.",
    hint: "an alias must be an id no other claim uses; remove it or rename the other claim",
    example: "aliases: [finished-by-2020] while claims/finished-by-2020.md exists",
  },
  "internal-error": {
    severity: "error",
    summary: "The checker failed unexpectedly on this file.",
    hint: "please report this with the file attached; the file may still be fixable by comparing it to a working one",
    example: "(none: this is a bug)",
  },
} as const satisfies Record<string, CodeSpec>;

export type DiagnosticCode = keyof typeof diagnosticCodes;

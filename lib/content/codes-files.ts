/** Diagnostic codes for reading a file and checking its fields: encoding, YAML, schema. */
import type { CodeSpec } from "./diagnostic.ts";
import { OMISSION } from "./quote-check.ts";

export const fileCodes = {
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
  "author-as-text": {
    severity: "error",
    summary: "An author is written as plain text (the old form); authors are structured names.",
    hint: 'write a person as `{given: Christopher, family: Udemans}`, or `{name: "Zeyi Yang"}` as shown when the name cannot be split safely, and a body as `{organization: "Trivium China"}`',
    example: "authors: [Christopher Udemans]",
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
  "placeholder-address": {
    severity: "warning",
    summary: "The site's address or repository is a placeholder on a reserved example domain (reported by `npm run build`; `npm run build -- --strict`, the deploy workflow's build, fails on it).",
    hint: "set SITE_URL (or REPOSITORY_URL) to the real address when building for publication; the deploy workflow sets both",
    example: 'url: "https://social-credit-fact-check.example.org"',
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
  "excerpt-too-long": {
    severity: "error",
    summary: "An excerpt is longer than the quoting limit.",
    hint: `quote a sentence or two; mark omissions with "${OMISSION}"`,
    example: "an excerpt of 600 characters",
  },
  "source-location": {
    severity: "error",
    summary: "A source has neither `url` (the original) nor `readAt` (the copy read).",
    hint: "add `url:` with the original's address, or `readAt:` with the address of the copy you read",
    example: "(a source with no url)",
  },
} as const satisfies Record<string, CodeSpec>;

/** Diagnostic codes for the checker's rules beyond the schema: body text, quotes, evidence, the registry. */
import type { CodeSpec } from "./diagnostic.ts";
import { MIN_PART_CHARS, OMISSION } from "./quote-check.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent, PRESENT_TENSE_MAX_AGE_YEARS } from "./thresholds.ts";

export const ruleCodes = {
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
    hint: `copy the passage again from the source, character for character; mark omissions with "${OMISSION}"`,
    example: `an excerpt with one word changed, two passages joined without "${OMISSION}", or kept parts out of order`,
  },
  "quote-part-too-short": {
    severity: "error",
    summary: `A part kept between "${OMISSION}" omissions is shorter than ${MIN_PART_CHARS} characters.`,
    hint: "keep longer verbatim parts, or quote the passage whole",
    example: `"China ${OMISSION} has ${OMISSION} a system"`,
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
    severity: "error",
    summary: "A claim with this verdict rests on fewer independent sources than the methodology asks.",
    hint: "add evidence from a source with a different publisher and no author in common, shown or inferred (copies and reprints of one piece count once, and so do one person's pieces in several outlets)",
    example: "verdict: false with evidence only from TechNode",
  },
  "source-concentration": {
    severity: "warning",
    summary: `One source (with its copies) is cited by more than ${percent(MAX_SOURCE_SHARE)} of the live claims, once there are at least ${MIN_CLAIMS_FOR_SHARE}.`,
    hint: "rest some of these claims on other sources: one outlet's view should not carry the site (see the balance rule on /methodology/)",
    example: "one 2018 article cited by 25 of 29 claims",
  },
  "voice-concentration": {
    severity: "warning",
    summary: `One person or body, credited (shown or inferred) by several sources, is behind more than ${percent(MAX_SOURCE_SHARE)} of the live claims, once there are at least ${MIN_CLAIMS_FOR_SHARE}.`,
    hint: "rest some of these claims on other people's work: one expert's view, in however many outlets, should not carry the site (see the balance rule on /methodology/)",
    example: "one analyst's essay, interview and blog posts together cited by 21 of 49 claims",
  },
  "undated-present-tense": {
    severity: "warning",
    summary: `A sentence of the explanation states the present ("now", "currently", "today", "still", "remains", "is being"), names no year, and cites only evidence older than ${PRESENT_TENSE_MAX_AGE_YEARS} years (before the claim's review) or undated.`,
    hint: "say when it was true: add 'as of <year>' (the newest evidence's year), cite a recent source, or put the sentence in the past tense",
    example: "Rongcheng now requires consent [@an-undated-explainer#consent].",
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
    summary: "An alias (a former id) is the id of a live or withdrawn claim (or of a live source), or is claimed by two claims (or two sources).",
    hint: "an alias must be an id nothing else of its kind uses; remove it, or rename the other file",
    example: "aliases: [finished-by-2020] while claims/finished-by-2020.md exists",
  },
  "internal-error": {
    severity: "error",
    summary: "The checker failed unexpectedly on this file.",
    hint: "please report this with the file attached; the file may still be fixable by comparing it to a working one",
    example: "(none: this is a bug)",
  },
} as const satisfies Record<string, CodeSpec>;

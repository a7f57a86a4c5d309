/**
 * What `npm run new` writes: a claim or source file with every field in
 * place, guidance in YAML comments (never published), and placeholders the
 * checker rejects until a person fills them in.
 */
import { sourceKinds, VERDICT_PLACEHOLDER } from "./schema.ts";
import { OMISSION } from "./quote-check.ts";
import { slugify } from "./slug.ts";

/** Longest id `npm run new` derives; longer ids make unwieldy URLs. */
const MAX_ID_CHARS = 60;

/**
 * A claim's id from its text: a slug of at most MAX_ID_CHARS, cut at a word boundary.
 * @example idFromText("Everyone has a three-digit score") // "everyone-has-a-three-digit-score"
 */
export function idFromText(text: string): string {
  return slugify(text, MAX_ID_CHARS);
}

/**
 * A source id from its address: the site's name and the last part of the path.
 * @example idFromUrl("https://www.technode.com/2018/10/23/china-social-credit/") // "technode-china-social-credit"
 */
export function idFromUrl(url: URL): string {
  const labels = url.hostname.replace(/^www\./, "").split(".");
  const site = labels.length > 1 ? labels.slice(0, -1).join(" ") : labels[0]!;
  const last = url.pathname
    .split("/")
    .filter(Boolean)
    .map((part) => part.replace(/\.[a-z0-9]+$/i, ""))
    .findLast((part) => /[a-z]/i.test(part));
  return idFromText(`${site} ${last ?? ""}`);
}

/** `"text"` as a YAML double-quoted scalar (JSON strings are valid YAML). */
const quoted = (text: string) => JSON.stringify(text);

export interface ClaimScaffold {
  readonly claim: string;
  /** `YYYY-MM-DD`: both `published` and `reviewed`. */
  readonly today: string;
  readonly verdictIds: readonly string[];
  readonly topicIds: readonly string[];
}

export function claimScaffold({ claim, today, verdictIds, topicIds }: ClaimScaffold): string {
  return `---
# yaml-language-server: $schema=../schemas/claim.schema.json
# Written by \`npm run new\`. Lines starting with # are guidance for you; they are never
# published, and you may delete them. Run \`npm run check\` until it reports no errors.
# CONTRIBUTING.md explains every field; /methodology/ explains the verdicts.

# The claim as people commonly state it.
claim: ${quoted(claim)}
# One of: ${verdictIds.join(", ")}.
verdict: ${VERDICT_PLACEHOLDER}
# One or two sentences: what the sources actually show.
summary: ""
# One or more of: ${topicIds.join(", ")}.
topics: []
# The excerpts this fact-check rests on, one entry each, e.g.
#   - ref: source-file-name#excerpt-id
#     note: "optional: what this excerpt shows"
evidence: []
# Optional: other wordings of the claim, and related claims (their file names without .md).
# alsoKnownAs: ["social credit score"]
# related: [three-digit-score]
published: ${quoted(today)}
reviewed: ${quoted(today)}
---
`;
}

export interface SourceScaffold {
  readonly url: URL;
}

export function sourceScaffold({ url }: SourceScaffold): string {
  return `---
# yaml-language-server: $schema=../schemas/source.schema.json
# Written by \`npm run new\`. Lines starting with # are guidance for you; they are never
# published, and you may delete them. Run \`npm run check\` until it reports no errors.
# Copy every value from the source itself: never guess a title, author or date.

# The title exactly as the source prints it, and who published it.
title: ""
publisher: ""
# Only the bylines the source shows; leave the list empty when none is shown. A person:
#   {given: Jeremy, family: Daum}, or {name: "Zeyi Yang"} as shown when the name cannot be
#   split safely (never guess how a Chinese name splits); a body: {organization: "Trivium China"}.
#   A translator or interviewee adds role: translator or role: interviewee.
authors: []
# As precise as the source shows: "2018", "2018-10" or "2018-10-23".
# published: ""
# Only if the text you read does not show the publisher: how you know it (copy-credit, attribution or inference).
# publisherFrom: attribution
# Only if the page does not show that date: how you know it (address, other-copy or catalogue).
# publishedFrom: address
# For a reproduced or translated document (a law, plan, letter): the date the document bears.
# documentDate: ""
# The original's address. If you read a copy (an archive or mirror), add it as readAt.
url: ${url.href}
# readAt: https://web.archive.org/web/…
# The language of the text you quote, e.g. en or zh.
language: en
# One of: ${sourceKinds.join(", ")}.
kind: ""
# Verbatim passages that claims cite, each with a permanent id; mark omissions with "${OMISSION}".
#   - id: not-a-single-system
#     text: "Despite its name, it isn't a single system …"
#     locator: "paragraph 8"
#     locatorNote: "punctuation as published"   (optional: your note on the place, never part of it)
excerpts: []
---
`;
}

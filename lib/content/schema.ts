/**
 * The content model: what a contributor may write in a source or claim file.
 * Types are inferred from these schemas so the loader, pages and checker agree.
 * Every object is strict: a misspelt field is an error, never silently ignored.
 * The verdict scale and topics, which editors keep in data/, are list-schemas.ts.
 */
import { z } from "zod";
import { REF } from "../markdown/id-grammar.ts";
import { fullDate, httpUrl, partialDate, slug, text } from "./schema-fields.ts";

/** What `npm run new` writes as a claim's verdict: the checker flags it until a verdict is chosen. */
export const VERDICT_PLACEHOLDER = "TODO";

/** The longest excerpt, in characters: a sentence or two, never a whole passage. */
export const MAX_EXCERPT_CHARS = 400;

export const sourceKinds = [
  "news",
  "government-document",
  "court-document",
  "law-translation",
  "academic",
  // A paper posted on a repository (SSRN, arXiv…) before or without a journal: cited as the repository's report, never as a journal article.
  "working-paper",
  "analysis",
  "reference",
  "company-statement",
] as const;

/**
 * How a source's `published` date is known when its page does not show it:
 * from the address (a date in the URL path), from another copy of the same
 * piece, or from library and catalogue records.
 */
const publishedFromValues = ["address", "other-copy", "catalogue"] as const;

/**
 * How `publisher` is known when the text read does not show it as the
 * original's publisher: the copy read credits it, others commonly attribute
 * the piece to it, or the editors infer it. The name stays a name; the page
 * says how it is known.
 */
const publisherFromValues = ["copy-credit", "attribution", "inference"] as const;

export const excerptSchema = z.strictObject({
  id: slug,
  text: text.max(MAX_EXCERPT_CHARS),
  /** Where the quote is in the text read ("paragraph 6"): a place only, which readers copy into their citations. */
  locator: text.optional(),
  /** What a reader must know about that place or the quote, in plain words ("punctuation as published"); never part of the place. */
  locatorNote: text.optional(),
  lang: text.optional(),
  original: text.optional(),
  translation: text.optional(),
});

/**
 * What a person did in the work, when it is not writing it. A translator's
 * words are the issuer's, so independence ignores translators; an interviewee
 * speaks in their own name, so CSL cites them as the author of an interview.
 */
const authorRoles = ["translator", "interviewee"] as const;
const role = z.enum(authorRoles).optional();

/**
 * A person or body credited with a work, as the byline shows it: a person whose
 * name splits safely into given and family names, a person's name exactly as
 * shown (never guess how a Chinese name splits), or an organisation.
 */
export const authorSchema = z.union([
  z.strictObject({ given: text, family: text, role }),
  z.strictObject({ name: text, role }),
  z.strictObject({ organization: text, role }),
]);

/** A same-person link the editors infer (no byline shows it): used for independence, never cited as a byline. */
const inferredAuthorSchema = z.strictObject({
  author: authorSchema,
  /** Why we think so, shown to readers next to the link. */
  reason: text,
});

export const sourceSchema = z
  .strictObject({
    title: text,
    /** Who published the original: a name only (for a journal article, the journal). */
    publisher: text,
    /** How `publisher` is known when the text read does not show it; absent means shown. */
    publisherFrom: z.enum(publisherFromValues).optional(),
    /** Only bylines the text (or its page) shows; empty when none is shown. */
    authors: z.array(authorSchema),
    inferredAuthors: z.array(inferredAuthorSchema).optional(),
    /** When this publisher put the piece out, as precise as known (for a copy of another's piece: the original's date). */
    published: partialDate.optional(),
    /** How `published` is known when the page itself does not show it; absent means shown. */
    publishedFrom: z.enum(publishedFromValues).optional(),
    /** For a reproduced or translated document (law, plan, court provision, letter): the date the document bears. */
    documentDate: partialDate.optional(),
    url: httpUrl.optional(),
    readAt: httpUrl.optional(),
    snapshot: httpUrl.optional(),
    quoteArchive: slug.optional(),
    language: text,
    kind: z.enum(sourceKinds),
    notes: text.optional(),
    /** Other sources that are copies or reprints of this same piece: together they count as one. */
    sameWorkAs: z.array(slug).optional(),
    /** Former ids of this source: their URLs redirect here. */
    aliases: z.array(slug).optional(),
    excerpts: z.array(excerptSchema).min(1),
  })
  .refine((s) => s.url !== undefined || s.readAt !== undefined, {
    message: "a source needs `url` (the original) or `readAt` (the copy read), or both",
    path: ["url"],
  })
  .refine((s) => s.publishedFrom === undefined || s.published !== undefined, {
    message: "says how `published` is known, but there is no `published` date",
    path: ["publishedFrom"],
  });

const evidenceSchema = z.strictObject({
  ref: z.string().regex(REF),
  note: text.optional(),
});

/** A place where the claim was made in public: a page we link, or an excerpt that records it. */
const appearanceSchema = z
  .strictObject({
    title: text,
    publisher: text.optional(),
    date: partialDate.optional(),
    url: httpUrl.optional(),
    ref: z.string().regex(REF).optional(),
    /** What a reader must know about the title or the page, in plain words ("title inferred from the web address"); never part of the title. */
    note: text.optional(),
  })
  .refine((a) => a.url !== undefined || a.ref !== undefined, {
    message: "an appearance needs `url` (where it was made) or `ref` (an excerpt that records it)",
    path: ["url"],
  });

/** Verdict and topic ids come from data files, so the claim schema is built from them. */
export function claimSchema(verdictIds: readonly string[], topicIds: readonly string[]) {
  const verdict = z.enum(verdictIds as [string, ...string[]]);
  return z.strictObject({
    claim: text,
    verdict,
    summary: text,
    topics: z.array(z.enum(topicIds as [string, ...string[]])).min(1),
    alsoKnownAs: z.array(text).optional(),
    evidence: z.array(evidenceSchema).min(1),
    related: z.array(slug).optional(),
    appearances: z.array(appearanceSchema).optional(),
    /** Former ids of this claim: their URLs keep working and point here. */
    aliases: z.array(slug).optional(),
    /** The claim's history after publication: corrections and verdict changes. */
    revisions: z
      .array(
        z.strictObject({
          date: fullDate,
          note: text,
          verdict: z.strictObject({ from: verdict, to: verdict }).optional(),
        }),
      )
      .optional(),
    published: fullDate,
    reviewed: fullDate,
  });
}

/** `translatedFrom`: the first 12 hex digits of the English text's SHA-256 (translation.ts). */
const TRANSLATION_HASH = /^[0-9a-f]{12}$/;

/**
 * A claim's Chinese translation, `claims/<id>.zh-hans.md`: the translated
 * fields, and the hash of the English it was made from. The body translates
 * the explanation. A missing `translatedFrom` is reported with the English's
 * hash (which this file alone cannot know), so the schema lets it be absent.
 */
export const claimTranslationSchema = z.strictObject({
  claim: text,
  summary: text,
  alsoKnownAs: z.array(text).optional(),
  translatedFrom: z.string().regex(TRANSLATION_HASH).optional(),
});

/**
 * A tombstone: what stays of a claim that was published and then withdrawn.
 * Its page keeps the address alive and says what was withdrawn, when and why.
 */
export const withdrawnClaimSchema = z.strictObject({
  claim: text,
  published: fullDate,
  withdrawn: z.strictObject({ date: fullDate, reason: text }),
});

export type Author = z.infer<typeof authorSchema>;
export type ExcerptData = z.infer<typeof excerptSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type ClaimData = z.infer<ReturnType<typeof claimSchema>>;
export type ClaimTranslationData = z.infer<typeof claimTranslationSchema>;
export type WithdrawnClaimData = z.infer<typeof withdrawnClaimSchema>;

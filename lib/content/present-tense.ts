/**
 * Undated present tense: a sentence of a claim's explanation that states the
 * present ("now", "currently", "today", "still", "remains", "is being"), cites
 * evidence, and names no year (as in "as of 2021" or "in 2021"). The checker then
 * warns when every source the sentence cites is old (or undated): the present
 * tense would rest on a past that may have moved.
 *
 * Precise rather than thorough, on purpose: only sentences with a marker word
 * and a citation are judged; words inside quotation marks and block quotes are
 * a source's, not ours; present-tense verbs without a marker ("rates users on
 * a scale of 350 to 950") are not detected.
 */
import type { Token } from "markdown-it";
import type { ParsedBody } from "../markdown/markdown.ts";
import type { Corpus, Source } from "./corpus.ts";
import { diagnostic, type Diagnostic } from "./diagnostic.ts";
import { PRESENT_TENSE_MAX_AGE_YEARS } from "./thresholds.ts";

/** A sentence of the explanation that states the present and cites evidence. */
export interface PresentStatement {
  /** The marker word as written, e.g. "now". */
  readonly marker: string;
  /** The refs it cites, in order. */
  readonly refs: readonly string[];
  /** Where the marker is: 0-based line within the Markdown text (in a claim: within its file, 1-based), 1-based column. */
  readonly line: number;
  readonly column: number;
}

const MARKER = /\b(?:now|nowadays|currently|today|still|remains?|(?:is|are) being)\b(?!-)/i;
/**
 * A year in the sentence's own words dates it: "as of 2021", "in March 2025",
 * "the 2024–2025 action plan", "its 2021 study". The reader then sees when.
 */
const DATED = /\b(?:19|20)\d{2}\b/;
const CITATION = /\[@[^\]]*\]/g;
const REF = /@([a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*)/g;
/** Quoted words are the source's: “…”, "…" and ‘…’ (an apostrophe inside a word is not a quote). */
const QUOTED = /“[^”]*”|"[^"]*"|(?<!\w)‘[^’]*’(?!\w)/g;
/** A sentence ends at . ! or ? (after any closing quote or bracket) followed by space, unless a citation follows. */
const SENTENCE_END = /[.!?][”"’)]*(?=\s+(?!\[@))/g;

function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  out.push({ start, text: text.slice(start) });
  return out.map((s) => ({ start: s.start + (s.text.length - s.text.trimStart().length), text: s.text.trim() })).filter((s) => s.text !== "");
}

/** The inline blocks of the body outside block quotes (quoted passages are not the writer's statements). */
function ownInlineBlocks(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let quoteDepth = 0;
  for (const token of tokens) {
    if (token.type === "blockquote_open") quoteDepth++;
    else if (token.type === "blockquote_close") quoteDepth--;
    else if (token.type === "inline" && quoteDepth === 0) out.push(token);
  }
  return out;
}

/** Every sentence of the body that has a present-tense marker, at least one citation, and no date of its own. */
export function presentStatements(body: ParsedBody): PresentStatement[] {
  const out: PresentStatement[] = [];
  for (const block of ownInlineBlocks(body.tokens)) {
    for (const sentence of sentences(block.content)) {
      const refs = [...sentence.text.matchAll(CITATION)].flatMap((c) => [...c[0].matchAll(REF)].map((m) => m[1]!));
      if (refs.length === 0) continue;
      // Blanked to the same length, so the marker's index is its place in the sentence.
      const blank = (part: string) => " ".repeat(part.length);
      const own = sentence.text.replace(CITATION, blank).replace(QUOTED, blank);
      const marker = MARKER.exec(own);
      if (!marker || DATED.test(own)) continue;
      const before = block.content.slice(0, sentence.start + marker.index);
      out.push({
        marker: marker[0],
        refs,
        line: (block.map?.[0] ?? 0) + before.split("\n").length - 1,
        column: before.length - (before.lastIndexOf("\n") + 1) + 1,
      });
    }
  }
  return out;
}

/** The date the words of a source were written: a reproduced document's own date, else its posting date. */
function writtenOn(source: Source): string | undefined {
  return source.documentDate ?? source.published;
}

/** The last day a partial date can mean ("2018" → "2018-12-31"), so evidence is never judged older than it is. */
function lastDay(value: string): string {
  const [year, month, day] = value.split("-");
  if (day !== undefined) return value;
  if (month === undefined) return `${year}-12-31`;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, "0")}`;
}

function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

/**
 * Warns for each undated present-tense sentence whose cited evidence is all
 * older than PRESENT_TENSE_MAX_AGE_YEARS before the claim's review, or undated.
 */
export function presentTenseDiagnostics(corpus: Corpus): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const claim of corpus.claims) {
    const cutoff = yearsBefore(claim.reviewed, PRESENT_TENSE_MAX_AGE_YEARS);
    for (const statement of claim.presentTense) {
      const dates = [...new Set(statement.refs.map((ref) => ref.split("#")[0]!))].map((id) => {
        const source = corpus.source(id);
        return source && writtenOn(source);
      });
      const dated = dates.filter((d): d is string => d !== undefined).map(lastDay).sort();
      const newest = dated.at(-1);
      if (newest !== undefined && newest >= cutoff) continue;
      const evidence =
        newest === undefined
          ? "only undated evidence"
          : `only evidence from ${newest.slice(0, 4)} or earlier${dated.length < dates.length ? " (or undated)" : ""}, more than ${PRESENT_TENSE_MAX_AGE_YEARS} years before the claim's review (${claim.reviewed})`;
      out.push(
        diagnostic(
          "undated-present-tense",
          claim.file,
          statement,
          `"${statement.marker}" states the present, but the sentence names no year and cites ${evidence}`,
          newest === undefined
            ? "cite a dated source, or say when it was true (e.g. 'as of 2021', from the source's own text) or put it in the past tense"
            : `say when: add 'as of ${newest.slice(0, 4)}' to the sentence, cite a source from the last ${PRESENT_TENSE_MAX_AGE_YEARS} years, or put it in the past tense`,
        ),
      );
    }
  }
  return out;
}

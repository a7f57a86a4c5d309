/**
 * Verifies excerpts against saved copies of their sources' texts: every kept
 * part of an excerpt must appear verbatim, in order, after normalising only
 * whitespace, Unicode form (NFC) and quote, apostrophe and dash characters.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

/** How an omission is marked inside an excerpt. */
export const OMISSION = "[…]";
/** The shortest kept part, so a "quote" cannot be stitched from fragments. */
export const MIN_PART_CHARS = 20;

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "`": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};

/** The normal form both sides are compared in. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212]/g, (c) => QUOTES[c]!)
    .replace(/\s+/g, " ")
    .trim();
}

/** The verbatim parts of an excerpt, split at each "[…]". */
export function keptParts(excerpt: string): string[] {
  return excerpt
    .split(OMISSION)
    .map((part) => normaliseForQuote(part))
    .filter((part) => part.length > 0);
}

export type QuoteProblem =
  | { readonly kind: "short-part"; readonly part: string }
  | { readonly kind: "not-found"; readonly part: string; readonly closest: string }
  | { readonly kind: "out-of-order"; readonly part: string };

/** The archive text body: everything after the front matter, if the file has one. */
function archiveBody(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The sentence of `haystack` sharing the most words with `needle`: what the writer probably meant. */
function closestPassage(needle: string, haystack: string): string {
  const words = new Set(needle.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best = "";
  let bestScore = -1;
  for (const sentence of haystack.split(/(?<=[.!?。”"])\s+|\n+/)) {
    const own = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const score = own.filter((w) => words.has(w)).length / Math.sqrt(own.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  }
  const trimmed = best.trim();
  return trimmed.length > 160 ? `${trimmed.slice(0, 160)}…` : trimmed;
}

/** Checks one excerpt against a normalised archive text; returns the first problem, if any. */
export function checkQuote(excerpt: string, archive: string): QuoteProblem | undefined {
  const parts = keptParts(excerpt);
  const omitted = parts.length > 1;
  let cursor = 0;
  for (const part of parts) {
    if (omitted && part.length < MIN_PART_CHARS) return { kind: "short-part", part };
    const at = archive.indexOf(part, cursor);
    if (at === -1) {
      if (archive.includes(part)) return { kind: "out-of-order", part };
      return { kind: "not-found", part, closest: closestPassage(part, archive) };
    }
    cursor = at + part.length;
  }
  return undefined;
}

/** Reads and normalises archived texts on demand, once each. */
export class QuoteArchive {
  readonly #dir: string;
  readonly #texts = new Map<string, Promise<string | undefined>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  get dir(): string {
    return this.#dir;
  }

  /** The normalised text of `<dir>/<name>.md`, or undefined when there is no such file. */
  text(name: string): Promise<string | undefined> {
    let text = this.#texts.get(name);
    if (!text) {
      text = readFile(path.join(this.#dir, `${name}.md`), "utf8").then(
        (raw) => normaliseForQuote(archiveBody(raw)),
        () => undefined,
      );
      this.#texts.set(name, text);
    }
    return text;
  }
}

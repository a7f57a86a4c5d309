/**
 * The bodies of synthetic claims and translations: sentences in paragraphs,
 * with the citations spread evenly through them, in English (counted in
 * words) or in Chinese (in characters).
 */
import { chineseSentence, int, sentence, type Random } from "./synthetic-text.ts";


/** How a body's sentences are made and joined, in one language. */
interface Prose {
  /** A sentence without its full stop. */
  sentence(): string;
  /** Its length in the body's unit: words, or characters. */
  length(sentence: string): number;
  readonly stop: string;
  readonly space: string;
}

export const englishProse = (random: Random, words: readonly string[]): Prose => ({
  sentence: () => sentence(random, words, 8, 24),
  length: (s) => s.split(" ").length,
  stop: ".",
  space: " ",
});

export const chineseProse = (random: Random, words: readonly string[]): Prose => ({
  sentence: () => chineseSentence(random, words, 6, 18),
  length: (s) => s.length,
  stop: "。",
  space: "",
});

/** A body of `target` words (or characters) in paragraphs, with `refs` cited inline in order. */
export function claimBody(random: Random, prose: Prose, target: number, refs: readonly string[]): string {
  const paragraphs: string[][] = [[]];
  let written = 0;
  while (written < target) {
    const s = prose.sentence();
    written += prose.length(s);
    paragraphs.at(-1)!.push(`${s}${prose.stop}`);
    if (paragraphs.at(-1)!.length >= int(random, 3, 7)) paragraphs.push([]);
  }
  const sentences = paragraphs.flat();
  // Citations go after evenly spread sentences, in the order the evidence lists them.
  refs.forEach((ref, i) => {
    const at = Math.floor(((i + 0.5) * sentences.length) / refs.length);
    sentences[at] = `${sentences[at]!.slice(0, -prose.stop.length)} [@${ref}]${prose.stop}`;
  });
  let k = 0;
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.map(() => sentences[k++]).join(prose.space))
    .join("\n\n");
}

/**
 * Source independence, as the methodology defines it: two sources are
 * independent only if they differ in publisher and share no author, and
 * neither is declared a copy of the other (`sameWorkAs`).
 */
import type { Source } from "./corpus.ts";

/** "Vincent Brussee (interviewee)" and "vincent  brussee" name the same person. */
export function normaliseName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function related(a: Source, b: Source): boolean {
  if (normaliseName(a.publisher) === normaliseName(b.publisher)) return true;
  if ((a.sameWorkAs ?? []).includes(b.id) || (b.sameWorkAs ?? []).includes(a.id)) return true;
  const authors = new Set(a.authors.map(normaliseName));
  return b.authors.some((author) => authors.has(normaliseName(author)));
}

/**
 * How many independent groups the sources form: related sources (and sources
 * related through others) count once.
 * @example independentCount([logicMagEssay, berkeleyRepost, techNode]) // 2
 */
export function independentCount(sources: readonly Source[]): number {
  const group = sources.map((_, i) => i);
  const find = (i: number): number => {
    if (group[i] !== i) group[i] = find(group[i]!);
    return group[i]!;
  };
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      if (related(sources[i]!, sources[j]!)) group[find(i)] = find(j);
    }
  }
  return new Set(sources.map((_, i) => find(i))).size;
}

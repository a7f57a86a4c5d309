/**
 * Source independence, as the methodology defines it: two sources are
 * independent only if they differ in publisher, share no person or body among
 * their authors (shown or inferred), and neither is declared a copy of the
 * other (`sameWorkAs`). Translators do not count: a translation carries the
 * issuer's words, not the translator's view.
 */
import { identityKeys, normaliseName } from "./authors.ts";
import type { Source } from "./corpus.ts";

/** Everyone whose view a source carries: bylines and inferred authors, translators excepted. */
export function voices(source: Pick<Source, "authors" | "inferredAuthors">): Set<string> {
  const credited = [...source.authors, ...(source.inferredAuthors ?? []).map((i) => i.author)];
  return new Set(credited.filter((a) => a.role !== "translator").flatMap(identityKeys));
}

function related(a: Source, aVoices: ReadonlySet<string>, b: Source, bVoices: ReadonlySet<string>): boolean {
  if (normaliseName(a.publisher) === normaliseName(b.publisher)) return true;
  if ((a.sameWorkAs ?? []).includes(b.id) || (b.sameWorkAs ?? []).includes(a.id)) return true;
  for (const key of aVoices) if (bVoices.has(key)) return true;
  return false;
}

/**
 * How many independent groups the sources form: related sources (and sources
 * related through others) count once.
 * @example independentCount([logicMagEssay, berkeleyRepost, techNode]) // 2
 */
export function independentCount(sources: readonly Source[]): number {
  const group = sources.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const keys = sources.map(voices);
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      if (related(sources[i]!, keys[i]!, sources[j]!, keys[j]!)) group[find(i)] = find(j);
    }
  }
  return new Set(sources.map((_, i) => find(i))).size;
}

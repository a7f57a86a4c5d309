/**
 * Source independence, as the methodology defines it: two sources are
 * independent only if they differ in publisher, share no person or body among
 * their authors (shown or inferred), and neither is declared a copy of the
 * other (`sameWorkAs`). Translators do not count: a translation carries the
 * issuer's words, not the translator's view.
 */
import { authorName, identityKeys, normaliseName } from "./authors.ts";
import type { Source } from "./corpus.ts";

/** One person or body whose view a source carries. */
export interface Voice {
  readonly name: string;
  /** Present when no byline shows it: the editors' reason for the link. */
  readonly inferredReason?: string;
}

/** Everyone whose view a source carries, by identity key: bylines first, then inferred authors; translators excepted. */
export function voices(source: Pick<Source, "authors" | "inferredAuthors">): Map<string, Voice> {
  const out = new Map<string, Voice>();
  const credits = [
    ...source.authors.map((author) => ({ author, voice: { name: authorName(author) } as Voice })),
    ...(source.inferredAuthors ?? []).map(({ author, reason }) => ({ author, voice: { name: authorName(author), inferredReason: reason } })),
  ];
  for (const { author, voice } of credits) {
    if (author.role === "translator") continue;
    for (const key of identityKeys(author)) if (!out.has(key)) out.set(key, voice);
  }
  return out;
}

/** Why two sources count as one, in words, or undefined when they are independent. */
function relation(a: Source, aVoices: ReadonlyMap<string, Voice>, b: Source, bVoices: ReadonlyMap<string, Voice>): string | undefined {
  if (normaliseName(a.publisher) === normaliseName(b.publisher)) return `${a.id} and ${b.id} share the publisher ${b.publisher}`;
  if ((a.sameWorkAs ?? []).includes(b.id) || (b.sameWorkAs ?? []).includes(a.id)) return `${a.id} and ${b.id} are copies of one piece`;
  for (const [key, voice] of aVoices) {
    const other = bVoices.get(key);
    if (other === undefined) continue;
    const inferred = voice.inferredReason !== undefined || other.inferredReason !== undefined;
    return `${a.id} and ${b.id} are both ${voice.name}'s work${inferred ? " (inferred)" : ""}`;
  }
  return undefined;
}

export interface Independence {
  /** How many independent groups the sources form: related sources (and sources related through others) count once. */
  readonly count: number;
  /** Why sources were counted together, one phrase per link that joined two groups. */
  readonly links: readonly string[];
}

/**
 * Groups the sources by the independence relation (quadratic in the sources
 * of one claim, which are few).
 * @example independence([logicMagEssay, berkeleyRepost, techNode]).count // 2
 */
export function independence(sources: readonly Source[]): Independence {
  const group = sources.map((_, i) => i);
  const find = (i: number): number => {
    if (group[i] !== i) group[i] = find(group[i]!);
    return group[i]!;
  };
  const keys = sources.map(voices);
  const links: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      if (find(i) === find(j)) continue;
      const why = relation(sources[i]!, keys[i]!, sources[j]!, keys[j]!);
      if (why === undefined) continue;
      group[find(i)] = find(j);
      links.push(why);
    }
  }
  return { count: new Set(sources.map((_, i) => find(i))).size, links };
}

/** A person (or body) whose view a source carries, and the other sources that carry it too. */
export interface SharedWork {
  /** As this source credits them: a byline, or inferred with a reason. */
  readonly voice: Voice;
  /** The other sources crediting the same person, in id order, each with how it credits them. */
  readonly others: readonly { readonly source: Source; readonly voice: Voice }[];
}

/**
 * For every source, the people it shares with other sources: what readers are
 * shown so they can see which sources are one person's work. One pass over the
 * credits; its output is as large as the links it reports.
 */
export function sharedWorkIndex(sources: readonly Source[]): Map<string, SharedWork[]> {
  const byKey = new Map<string, { source: Source; voice: Voice }[]>();
  const credits = new Map<string, Map<string, Voice>>();
  for (const source of sources) {
    const own = voices(source);
    credits.set(source.id, own);
    for (const [key, voice] of own) {
      const list = byKey.get(key);
      if (list) list.push({ source, voice });
      else byKey.set(key, [{ source, voice }]);
    }
  }
  const out = new Map<string, SharedWork[]>();
  for (const source of sources) {
    // A split name has two keys; each person is reported once, with the union of both keys' sources.
    const people = new Map<Voice, Map<string, { source: Source; voice: Voice }>>();
    for (const [key, voice] of credits.get(source.id)!) {
      const others = people.get(voice) ?? new Map();
      for (const entry of byKey.get(key)!) if (entry.source.id !== source.id) others.set(entry.source.id, entry);
      people.set(voice, others);
    }
    const shared = [...people]
      .filter(([, others]) => others.size > 0)
      .map(([voice, others]) => ({ voice, others: [...others.values()].sort((a, b) => (a.source.id < b.source.id ? -1 : 1)) }));
    if (shared.length > 0) out.set(source.id, shared);
  }
  return out;
}

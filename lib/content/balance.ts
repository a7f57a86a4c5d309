/**
 * The balance rule: no source, and no person or body, is behind more than
 * MAX_SOURCE_SHARE of the live claims. A piece and its copies (`sameWorkAs`)
 * count as one source; a person counts across every source that credits them,
 * shown or inferred, as the independence rule does. The figures live in
 * thresholds.ts.
 */
import type { Corpus, Source } from "./corpus.ts";
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import { type Voice, voices } from "./independence.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent } from "./thresholds.ts";

/** A piece with its copies: sources joined by `sameWorkAs`, in id order. */
function works(sources: readonly Source[]): Source[][] {
  const group = new Map(sources.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    const parent = group.get(id)!;
    if (parent === id) return id;
    const root = find(parent);
    group.set(id, root);
    return root;
  };
  for (const source of sources) {
    for (const other of source.sameWorkAs ?? []) if (group.has(other)) group.set(find(other), find(source.id));
  }
  const out = new Map<string, Source[]>();
  for (const source of sources) {
    const root = find(source.id);
    out.set(root, [...(out.get(root) ?? []), source]);
  }
  return [...out.values()];
}

/** One person or body and every source crediting them, in id order (a split name's two keys joined). */
function people(sources: readonly Source[]): { voice: Voice; sources: Source[] }[] {
  const byKey = new Map<string, { voice: Voice; sources: Source[] }>();
  for (const source of sources) {
    const credits = new Map<Voice, string[]>();
    for (const [key, voice] of voices(source)) credits.set(voice, [...(credits.get(voice) ?? []), key]);
    for (const [voice, keys] of credits) {
      const person = keys.map((key) => byKey.get(key)).find((p) => p !== undefined) ?? { voice, sources: [] };
      if (!person.sources.includes(source)) person.sources.push(source);
      for (const key of keys) byKey.set(key, person);
    }
  }
  return [...new Set(byKey.values())];
}

function voiceConcentration(corpus: Corpus, total: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const person of people(corpus.sources)) {
    if (person.sources.length < 2) continue; // one source: the source rule already speaks for it
    const citing = new Set(person.sources.flatMap((s) => corpus.claimsCitingSource(s.id).map((c) => c.id)));
    if (citing.size <= MAX_SOURCE_SHARE * total) continue;
    const [first] = person.sources;
    out.push(
      diagnostic(
        "voice-concentration",
        first!.file,
        START,
        `${person.voice.name}, credited by ${person.sources.length} sources (${person.sources.map((s) => s.id).join(", ")}), is behind ${citing.size} of ${total} live claims (${percent(citing.size / total)}); no one person or body should be behind more than ${percent(MAX_SOURCE_SHARE)}`,
      ),
    );
  }
  return out;
}

export function concentrationDiagnostics(corpus: Corpus): Diagnostic[] {
  const total = corpus.claims.length;
  if (total < MIN_CLAIMS_FOR_SHARE) return [];
  const out: Diagnostic[] = voiceConcentration(corpus, total);
  for (const copies of works(corpus.sources)) {
    const citing = new Set(copies.flatMap((s) => corpus.claimsCitingSource(s.id).map((c) => c.id)));
    if (citing.size <= MAX_SOURCE_SHARE * total) continue;
    // Reported once, on the copy cited most (the first such by id).
    const main = copies.reduce((a, b) => (corpus.claimsCitingSource(b.id).length > corpus.claimsCitingSource(a.id).length ? b : a));
    const others = copies.filter((s) => s !== main).map((s) => s.id);
    const withCopies = others.length === 0 ? "" : ` (together with ${others.join(", ")}: copies of one piece)`;
    out.push(
      diagnostic(
        "source-concentration",
        main.file,
        START,
        `the source "${main.id}"${withCopies} is cited by ${citing.size} of ${total} live claims (${percent(citing.size / total)}); no source should be behind more than ${percent(MAX_SOURCE_SHARE)}`,
      ),
    );
  }
  return out;
}

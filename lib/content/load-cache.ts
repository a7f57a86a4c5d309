/**
 * What the loader learnt from each file, kept between loads of the same
 * content folder (the dev server's rebuilds). A file whose bytes and context
 * (today's date, the verdict and topic ids) are unchanged is not parsed or
 * validated again: its result and diagnostics are replayed. Resolution and
 * the graph are always rebuilt, so cross-file rules see every change.
 */
import type { Diagnostic, Position } from "./diagnostic.ts";

interface Entry {
  readonly bytes: Uint8Array;
  readonly context: string;
  readonly value: unknown;
  readonly diagnostics: readonly Diagnostic[];
  readonly positions: readonly (readonly [string, Position])[];
}

export interface LoadCache {
  readonly entries: Map<string, Entry>;
}

export function createLoadCache(): LoadCache {
  return { entries: new Map() };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

/**
 * Runs `step` for one file, or replays its earlier result when the file and
 * `context` are unchanged. `step` reports into the lists it is given.
 */
export function remembered<T>(
  cache: LoadCache | undefined,
  input: { readonly file: string; readonly bytes: Uint8Array },
  context: string,
  diagnostics: Diagnostic[],
  positions: Map<string, Position>,
  step: (diagnostics: Diagnostic[], positions: Map<string, Position>) => T,
): T {
  if (!cache) return step(diagnostics, positions);
  const hit = cache.entries.get(input.file);
  if (hit && hit.context === context && sameBytes(hit.bytes, input.bytes)) {
    diagnostics.push(...hit.diagnostics);
    for (const [ref, at] of hit.positions) positions.set(ref, at);
    return hit.value as T;
  }
  const found: Diagnostic[] = [];
  const at = new Map<string, Position>();
  const value = step(found, at);
  cache.entries.set(input.file, { bytes: input.bytes, context, value, diagnostics: found, positions: [...at] });
  diagnostics.push(...found);
  for (const [ref, position] of at) positions.set(ref, position);
  return value;
}

/** Forgets files that no longer exist. */
export function keepOnly(cache: LoadCache | undefined, files: Iterable<string>): void {
  if (!cache) return;
  const present = new Set(files);
  for (const file of cache.entries.keys()) if (!present.has(file)) cache.entries.delete(file);
}

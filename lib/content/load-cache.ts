/**
 * Per-file results kept between loads of the same content folder (the dev
 * server's rebuilds). Each file's loader is a pure function of its bytes and
 * a context (today, the verdict scale…), so a file whose bytes and context
 * are unchanged gets its earlier result back. Resolution and the graph are
 * always rebuilt, so rules across files see every change.
 */
import type { FileBytes } from "./read-files.ts";

interface Entry {
  readonly bytes: Uint8Array;
  readonly context: string;
  readonly result: unknown;
}

export interface LoadCache {
  /** By file path. */
  readonly entries: Map<string, Entry>;
}

export function createLoadCache(): LoadCache {
  return { entries: new Map() };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

/** `load()`, or its earlier result for the same file, bytes and `context`. */
export function memoised<T>(cache: LoadCache | undefined, input: FileBytes, context: string, load: () => T): T {
  if (!cache) return load();
  const hit = cache.entries.get(input.file);
  if (hit && hit.context === context && sameBytes(hit.bytes, input.bytes)) return hit.result as T;
  const result = load();
  cache.entries.set(input.file, { bytes: input.bytes, context, result });
  return result;
}

/** Forgets files that no longer exist. */
export function keepOnly(cache: LoadCache | undefined, files: Iterable<string>): void {
  if (!cache) return;
  const present = new Set(files);
  for (const file of cache.entries.keys()) if (!present.has(file)) cache.entries.delete(file);
}

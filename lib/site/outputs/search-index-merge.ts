/**
 * Merges Pagefind indexes of different languages, each written by its own
 * Pagefind process, into one folder. Their files are named by their content
 * or by their language, so they never collide except where they are the same
 * file (Pagefind's scripts, the fallback wasm), which must then be the same
 * bytes. Only `pagefind-entry.json`, which lists the languages, is merged:
 * written as Pagefind writes it for all the languages at once.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

const ENTRY = "pagefind-entry.json";

/** What `pagefind-entry.json` holds: each language's index, by its code. */
interface Entry {
  readonly version: string;
  readonly languages: Record<string, { readonly page_count: number }>;
  readonly include_characters: readonly string[];
}

/** The entry of the index in `dir`. */
export async function readEntry(dir: string): Promise<Entry> {
  return JSON.parse(await readFile(path.join(dir, ENTRY), "utf8")) as Entry;
}

/** Every file under `dir`, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** One entry listing every part's languages, in Pagefind's order (by language code). */
function mergedEntry(entries: readonly Entry[]): string {
  const [first] = entries;
  if (!first) throw new SearchIndexError("no search index to merge");
  const languages: Entry["languages"] = {};
  for (const entry of entries) {
    if (entry.version !== first.version || JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)) {
      throw new SearchIndexError(`the languages' search indexes disagree: ${JSON.stringify(first)} and ${JSON.stringify(entry)}`);
    }
    for (const [language, index] of Object.entries(entry.languages)) {
      // Two processes were given pages of one language: their indexes would each hold part of it.
      if (language in languages) {
        throw new SearchIndexError(`Pagefind found pages in "${language}" in two of the languages given to it apart: a page's <html lang> and the language its page model gives must agree`);
      }
      languages[language] = index;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ ...first, languages: sorted });
}

/**
 * Moves every file of `parts` (folders Pagefind wrote) into a fresh `into`,
 * replacing what was there: the old folder is moved aside first, so a search
 * on a served site (the dev server's) finds one index or the other.
 */
export async function mergeSearchIndexes(parts: readonly string[], into: string): Promise<void> {
  const [base, ...others] = parts;
  if (!base) throw new SearchIndexError("no search index to merge");
  const entries: Entry[] = [await readEntry(base)];
  const inBase = new Set(await filesIn(base));
  for (const part of others) {
    for (const file of await filesIn(part)) {
      if (file === ENTRY) {
        entries.push(await readEntry(part));
        continue;
      }
      if (inBase.has(file)) {
        if (!(await readFile(path.join(part, file))).equals(await readFile(path.join(base, file)))) {
          throw new SearchIndexError(`the languages' search indexes both wrote ${file}, differently`);
        }
        continue;
      }
      await mkdir(path.dirname(path.join(base, file)), { recursive: true });
      await rename(path.join(part, file), path.join(base, file));
      inBase.add(file);
    }
  }
  // One language's entry is left as Pagefind wrote it.
  if (entries.length > 1) await writeFile(path.join(base, ENTRY), mergedEntry(entries));
  const old = `${into}.old`;
  await rm(old, { recursive: true, force: true });
  await rename(into, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(base, into);
  await rm(old, { recursive: true, force: true });
}

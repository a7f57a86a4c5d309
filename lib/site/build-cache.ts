/**
 * The persistent, content-addressed cache under `.cache/` that lets a build
 * reuse what an earlier build computed (citation text, compressed zip
 * entries, the service worker's bundled runtime). Every key is a hash of
 * everything the value depends on: the inputs the caller names, plus the code
 * key, a hash of the lockfile and of every file in lib/, pages/, _includes/,
 * assets/ and data/ — or, for a value that installed packages compute from
 * the named inputs alone, the lockfile's hash only (`packageKey`). So a hit
 * is always right, and deleting the folder only costs time.
 *
 * Values live in packs, one file per kind of value. A build reads a pack
 * once, and saving it keeps only the entries that build used, so a pack never
 * outgrows one site. Two builds that save one pack at once lose entries to
 * each other, never correctness: the file is replaced whole.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** What the code key covers, relative to the project folder. */
const CODE_FOLDERS = ["lib", "pages", "_includes", "assets", "data"];
const LOCKFILE = "package-lock.json";

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Hashes of the lockfile alone and of the lockfile with every file in the code folders, names included. */
async function projectKeys(projectDir: string): Promise<{ lockfile: string; code: string }> {
  const [lockfile, code] = [createHash("sha256"), createHash("sha256")];
  const files = [path.join(projectDir, LOCKFILE), ...(await Promise.all(CODE_FOLDERS.map((d) => filesUnder(path.join(projectDir, d))))).flat()];
  for (const file of files.map((f) => path.relative(projectDir, f)).sort()) {
    const bytes = await readFile(path.join(projectDir, file)).catch(() => Buffer.alloc(0));
    for (const hash of file === LOCKFILE ? [lockfile, code] : [code]) hash.update(`${file}\0${bytes.byteLength}\0`).update(bytes);
  }
  return { lockfile: lockfile.digest("hex"), code: code.digest("hex") };
}

/** Cached strings of one kind, by key. */
export class Pack {
  readonly #file: string;
  readonly #stored: Map<string, string>;
  readonly #used = new Map<string, string>();

  constructor(file: string, stored: Map<string, string>) {
    this.#file = file;
    this.#stored = stored;
  }

  get(key: string): string | undefined {
    const value = this.#stored.get(key);
    if (value !== undefined) this.#used.set(key, value);
    return value;
  }

  set(key: string, value: string): void {
    this.#used.set(key, value);
  }

  /** Writes the entries this build used or added, replacing the file whole. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(Object.fromEntries(this.#used)));
    await rename(temporary, this.#file);
  }
}

function hashKey(base: string, kind: string, parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256").update(base).update(`\0${kind}`);
  for (const part of parts) hash.update(`\0${part.length}\0`).update(part);
  return hash.digest("hex");
}

export class BuildCache {
  readonly folder: string;
  readonly #keys: { lockfile: string; code: string };

  private constructor(folder: string, keys: { lockfile: string; code: string }) {
    this.folder = folder;
    this.#keys = keys;
  }

  /** The cache in `folder`, for the code of the project in `projectDir`. */
  static async open(folder: string, projectDir: string): Promise<BuildCache> {
    return new BuildCache(folder, await projectKeys(projectDir));
  }

  /** The key of a value computed from `parts` by this code. */
  key(kind: string, ...parts: readonly (string | Uint8Array)[]): string {
    return hashKey(this.#keys.code, kind, parts);
  }

  /**
   * The key of a value that installed packages compute from `parts` alone
   * (a dependency's runtime, bundled): `parts` must name every input the
   * caller gives them, since an edit of our code does not change this key.
   */
  packageKey(kind: string, ...parts: readonly (string | Uint8Array)[]): string {
    return hashKey(this.#keys.lockfile, `package:${kind}`, parts);
  }

  /** The pack of one kind of value; a missing or unreadable pack is empty. */
  async pack(kind: string): Promise<Pack> {
    const file = path.join(this.folder, `${kind}.json`);
    let stored = new Map<string, string>();
    try {
      stored = new Map(Object.entries(JSON.parse(await readFile(file, "utf8")) as Record<string, string>));
    } catch {
      // No pack yet, or a damaged one: start empty.
    }
    return new Pack(file, stored);
  }
}

/**
 * Writes a zip file as a stream, entry after entry in the order given, so a
 * site of any size is never held in memory at once. Entries are compressed in
 * parallel (zlib runs on libuv's thread pool) while the file is written in
 * order; files that are compressed already (Pagefind's index, images, other
 * zips) are stored as they are, and so is any entry that deflate does not
 * shrink. With a build cache, an entry whose bytes an earlier build
 * compressed is copied from that build's zip instead of compressed again.
 *
 * Reproducible: no clock (every entry carries the given date), no file-system
 * order, fixed compression settings, no extra fields. More than 65,535
 * entries get the ZIP64 end records; a zip over 4 GiB is refused.
 */
import { createHash, randomUUID } from "node:crypto";
import { copyFile, mkdir, open, readFile, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { crc32, deflateRaw, constants } from "node:zlib";
import type { BuildCache } from "./build-cache.ts";

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  /** The path inside the zip, with forward slashes. */
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

/** Already compressed: deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(?:pf_fragment|pf_index|pf_meta|pf_filter|pagefind|zip|gz|br|png|jpe?g|gif|webp|avif|woff2?)$/;
const LEVEL = 9;
/** Entries compressed ahead of the one being written. */
const WINDOW = 32;
/** Bytes gathered before one write: a write per entry made syscalls most of the work. */
const WRITE_BYTES = 1 << 20;
const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

class ZipTooLarge extends Error {
  override name = "ZipTooLarge";
}

interface Packed {
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  /** Hash of the uncompressed bytes: the cache key of this entry. */
  readonly hash: string;
}

/** Where an entry's compressed bytes sit in a cached zip: [offset, length, crc, method, size]. */
type CachedEntry = readonly [number, number, number, number, number];

interface CacheIndex {
  readonly zip: string;
  readonly bytes: number;
  readonly entries: Record<string, CachedEntry>;
}

/** DOS date and time fields of a local date-time (zip dates have no time zone). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** The zips an earlier build wrote: entries by hash, read from its copy in the cache. */
class EntryCache {
  readonly #folder: string;
  readonly #cache: BuildCache;
  #index: CacheIndex | undefined;
  #file: FileHandle | undefined;

  private constructor(folder: string, cache: BuildCache) {
    this.#folder = folder;
    this.#cache = cache;
  }

  static async open(cache: BuildCache): Promise<EntryCache> {
    const entries = new EntryCache(path.join(cache.folder, "offline-copy"), cache);
    try {
      const index = JSON.parse(await readFile(path.join(entries.#folder, "index.json"), "utf8")) as CacheIndex;
      const file = await open(path.join(entries.#folder, index.zip), "r");
      // A zip cut short (a crash while copying) is not used.
      if ((await file.stat()).size === index.bytes) {
        entries.#index = index;
        entries.#file = file;
      } else await file.close();
    } catch {
      // No cached zip yet.
    }
    return entries;
  }

  key(bytes: Uint8Array): string {
    return this.#cache.key("zip-entry", createHash("sha256").update(bytes).digest("hex"));
  }

  async get(hash: string): Promise<Packed | undefined> {
    const found = this.#index?.entries[hash];
    if (!found || !this.#file) return undefined;
    const [offset, length, crc, method, size] = found;
    const data = new Uint8Array(length);
    await this.#file.read(data, 0, length, offset);
    return { method, crc, size, data, hash };
  }

  /** Keeps a copy of `zip`, whose entries' data start at the given offsets, for the next build. */
  async save(zip: string, bytes: number, entries: Record<string, CachedEntry>): Promise<void> {
    await this.#file?.close();
    await mkdir(this.#folder, { recursive: true });
    const name = `${createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 16)}.zip`;
    // Copied beside and renamed into place: another build sharing the cache may be reading a zip of this name.
    const copy = path.join(this.#folder, `${name}.${randomUUID()}.tmp`);
    await copyFile(zip, copy);
    await rename(copy, path.join(this.#folder, name));
    const temporary = path.join(this.#folder, `index.${randomUUID()}.tmp`);
    await writeFile(temporary, JSON.stringify({ zip: name, bytes, entries } satisfies CacheIndex));
    await rename(temporary, path.join(this.#folder, "index.json"));
    if (this.#index && this.#index.zip !== name) await rm(path.join(this.#folder, this.#index.zip), { force: true });
  }
}

async function pack(name: string, bytes: Uint8Array, hash: string): Promise<Packed> {
  const crc = crc32(bytes);
  if (!COMPRESSED.test(name) && bytes.byteLength > 0) {
    const data = await deflate(bytes, { level: LEVEL, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
    if (data.byteLength < bytes.byteLength) return { method: DEFLATE, crc, size: bytes.byteLength, data, hash };
  }
  return { method: STORE, crc, size: bytes.byteLength, data: bytes, hash };
}

/** The fields a local and a central header share, in the same order from `at`: flags, method, time, date, CRC, sizes, name length. */
function writeSharedFields(header: Buffer, at: number, name: Buffer, entry: Packed, when: { time: number; date: number }): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(when.time, at + 4);
  header.writeUInt16LE(when.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.byteLength, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(name.byteLength, at + 20);
}

function localHeader(name: Buffer, entry: Packed, when: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  writeSharedFields(header, 6, name, entry, when);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, entry: Packed, when: { time: number; date: number }, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  writeSharedFields(header, 8, name, entry, when);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** The end records: ZIP64 ones first when there are more entries than the classic record can count. */
function endRecords(count: number, directoryBytes: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, MAX_16), 8);
  end.writeUInt16LE(Math.min(count, MAX_16), 10);
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(directoryOffset, 16);
  if (count < MAX_16) return end;
  const zip64 = Buffer.alloc(56);
  zip64.writeUInt32LE(0x06064b50, 0);
  zip64.writeBigUInt64LE(44n, 4);
  zip64.writeUInt16LE(45, 12);
  zip64.writeUInt16LE(45, 14);
  zip64.writeBigUInt64LE(BigInt(count), 24);
  zip64.writeBigUInt64LE(BigInt(count), 32);
  zip64.writeBigUInt64LE(BigInt(directoryBytes), 40);
  zip64.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directoryBytes), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([zip64, locator, end]);
}

export interface ZipOptions {
  /** Every entry's date and time, as local wall-clock fields. */
  readonly date: Date;
  readonly cache?: BuildCache;
  /** Told after each entry is written. */
  readonly progress?: (done: number, total: number) => void;
}

/** Writes `entries`, in the order given, to the zip file `file`; returns its size in bytes. */
export async function writeZip(file: string, entries: readonly ZipEntry[], options: ZipOptions): Promise<number> {
  const when = dosDateTime(options.date);
  const cached = options.cache ? await EntryCache.open(options.cache) : undefined;
  const packEntry = async (entry: ZipEntry): Promise<Packed> => {
    const bytes = await entry.bytes();
    const hash = cached?.key(bytes) ?? "";
    return (await cached?.get(hash)) ?? pack(entry.name, bytes, hash);
  };
  await mkdir(path.dirname(file), { recursive: true });
  const out = await open(file, "w");
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  const write = async (chunk: Uint8Array, flush = false) => {
    buffered.push(chunk);
    bufferedBytes += chunk.byteLength;
    if (bufferedBytes < WRITE_BYTES && !flush) return;
    await out.writev(buffered);
    buffered = [];
    bufferedBytes = 0;
  };
  const directory: Buffer[] = [];
  const reuse: Record<string, CachedEntry> = {};
  let offset = 0;
  try {
    const pending = entries.slice(0, WINDOW).map((entry) => packEntry(entry));
    for (let i = 0; i < entries.length; i++) {
      const entry = await pending.shift()!;
      if (i + WINDOW < entries.length) pending.push(packEntry(entries[i + WINDOW]!));
      const name = Buffer.from(entries[i]!.name, "utf8");
      const header = localHeader(name, entry, when);
      if (offset + header.byteLength + entry.data.byteLength > MAX_32) throw new ZipTooLarge(`the offline copy would exceed 4 GiB at ${entries[i]!.name}`);
      directory.push(centralHeader(name, entry, when, offset));
      await write(header);
      reuse[entry.hash] = [offset + header.byteLength, entry.data.byteLength, entry.crc, entry.method, entry.size];
      await write(entry.data);
      offset += header.byteLength + entry.data.byteLength;
      options.progress?.(i + 1, entries.length);
    }
    const central = Buffer.concat(directory);
    await write(central);
    const end = endRecords(entries.length, central.byteLength, offset);
    await write(end, true);
    offset += central.byteLength + end.byteLength;
  } finally {
    await out.close();
  }
  if (cached) await cached.save(file, offset, reuse);
  return offset;
}

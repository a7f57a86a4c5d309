/**
 * Every citation a build's page models show, formatted before the models are
 * built: from the build cache where an earlier build formatted the same
 * record with the same code, else by citeproc on one worker thread per core
 * (citeproc needs milliseconds per record, so 10,000 claims took minutes on
 * one thread). The text is citation-js's, unchanged: the workers run the same
 * formatter (lib/render/cite.ts) that formats on demand.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CslRecord } from "@citation-js/core";
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { citationRecords, citationsOnDemand, type CitationTexts, type ClaimCitations } from "../render/cite.ts";
import type { BuildCache } from "./build-cache.ts";

/** Records per message to a worker: large enough to amortise messaging, small enough to balance the threads. */
const CHUNK = 50;
/** Fewer misses than this are formatted here: starting a worker (loading citation-js) costs about a second. */
const IN_PROCESS_LIMIT = 100;

interface Chunk {
  readonly claims: readonly CslRecord[];
  readonly sources: readonly CslRecord[];
}

interface Formatted {
  readonly claims: readonly ClaimCitations[];
  readonly sources: readonly string[];
}

function chunks(claims: readonly CslRecord[], sources: readonly CslRecord[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < claims.length; i += CHUNK) out.push({ claims: claims.slice(i, i + CHUNK), sources: [] });
  for (let i = 0; i < sources.length; i += CHUNK) out.push({ claims: [], sources: sources.slice(i, i + CHUNK) });
  return out;
}

/** Formats the chunks on worker threads, each taking the next chunk when done; results in chunk order. */
async function formatOnWorkers(work: readonly Chunk[], onChunk: (chunk: Chunk) => void): Promise<Formatted[]> {
  const results: Formatted[] = new Array(work.length);
  let next = 0;
  const threads = Math.max(1, Math.min(availableParallelism(), work.length));
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./workers/citation-worker.mjs", import.meta.url));
      let current = -1;
      const send = () => {
        if (next >= work.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(work[current]);
      };
      worker.on("message", (formatted: Formatted) => {
        results[current] = formatted;
        onChunk(work[current]!);
        send();
      });
      worker.on("error", reject);
      worker.on("online", send);
    });
  await Promise.all(Array.from({ length: threads }, run));
  return results;
}

/** Formats every record the site's page models cite; the result answers the models' lookups. */
export async function formatCitationsAhead(corpus: Corpus, site: Site, cache?: BuildCache, progress?: (done: number, total: number) => void): Promise<CitationTexts> {
  const records = citationRecords(corpus, site);
  const total = records.claims.length + records.sources.length;
  const pack = await cache?.pack("citations");
  const claims = new Map<string, ClaimCitations>();
  const sources = new Map<string, string>();
  const cacheKey = (kind: string, json: string) => cache?.key("citation", kind, json) ?? "";
  const missing = { claims: [] as CslRecord[], sources: [] as CslRecord[] };
  for (const record of records.claims) {
    const json = JSON.stringify(record);
    const hit = pack?.get(cacheKey("claim", json));
    if (hit === undefined) missing.claims.push(record);
    else claims.set(json, JSON.parse(hit) as ClaimCitations);
  }
  for (const record of records.sources) {
    const json = JSON.stringify(record);
    const hit = pack?.get(cacheKey("source", json));
    if (hit === undefined) missing.sources.push(record);
    else sources.set(json, hit);
  }
  let done = total - missing.claims.length - missing.sources.length;
  progress?.(done, total);

  const store = (chunk: Chunk, formatted: Formatted) => {
    chunk.claims.forEach((record, i) => {
      const json = JSON.stringify(record);
      claims.set(json, formatted.claims[i]!);
      pack?.set(cacheKey("claim", json), JSON.stringify(formatted.claims[i]));
    });
    chunk.sources.forEach((record, i) => {
      const json = JSON.stringify(record);
      sources.set(json, formatted.sources[i]!);
      pack?.set(cacheKey("source", json), formatted.sources[i]!);
    });
  };
  const work = chunks(missing.claims, missing.sources);
  if (missing.claims.length + missing.sources.length < IN_PROCESS_LIMIT) {
    for (const chunk of work) {
      store(chunk, { claims: chunk.claims.map(citationsOnDemand.claim), sources: chunk.sources.map(citationsOnDemand.source) });
    }
  } else {
    const formatted = await formatOnWorkers(work, (chunk) => {
      done += chunk.claims.length + chunk.sources.length;
      progress?.(done, total);
    });
    for (const [i, chunk] of work.entries()) store(chunk, formatted[i]!);
  }
  progress?.(total, total);
  await pack?.save();

  const lookup = <T>(texts: ReadonlyMap<string, T>, record: CslRecord): T => {
    const text = texts.get(JSON.stringify(record));
    if (text === undefined) throw new Error(`the citation of "${record.id}" was not formatted ahead (lib/render/cite.ts citationRecords lists every record a page cites)`);
    return text;
  };
  return { claim: (record) => lookup(claims, record), source: (record) => lookup(sources, record) };
}

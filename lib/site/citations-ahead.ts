/**
 * Every citation a build's page models show, formatted before the models are
 * built: from the build cache where an earlier build formatted the same
 * record with the same code, else on one worker thread per core (citeproc
 * needs milliseconds per record, so 10,000 claims took minutes on one
 * thread). The text is exactly lib/render/cite.ts's: the workers, and this
 * thread for a few records, run its `formatCitations` on the records
 * `citationRecords` builds with the page models' own functions.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { formatCitations, type CitationFormatter, type Citations } from "../render/cite.ts";
import type { CitationRecord } from "../render/citation-record.ts";
import { citationRecords } from "../render/site-model.ts";
import type { BuildCache } from "./build-cache.ts";

/** Records per message to a worker: large enough to amortise messaging, small enough to balance the threads. */
const CHUNK = 50;
/** Fewer misses than this are formatted here: starting a worker (loading citation-js) costs about a second. */
export const IN_PROCESS_LIMIT = 100;

function chunks(records: readonly CitationRecord[]): CitationRecord[][] {
  const out: CitationRecord[][] = [];
  for (let i = 0; i < records.length; i += CHUNK) out.push(records.slice(i, i + CHUNK));
  return out;
}

/** Formats the chunks on worker threads, each taking the next chunk when done; results in chunk order. */
async function formatOnWorkers(work: readonly CitationRecord[][], onChunk: (chunk: readonly CitationRecord[]) => void): Promise<Citations[][]> {
  const results: Citations[][] = new Array(work.length);
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
      worker.on("message", (formatted: Citations[]) => {
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
export async function formatCitationsAhead(
  corpus: Corpus,
  site: Site,
  cache?: BuildCache,
  progress?: (done: number, total: number) => void,
): Promise<CitationFormatter> {
  // By their JSON, the lookup key: records alike (two claims' pages never are) are formatted once.
  const records = new Map(citationRecords(corpus, site).map((record) => [JSON.stringify(record), record]));
  const pack = await cache?.pack("citations");
  const formatted = new Map<string, Citations>();
  const cacheKey = (json: string) => cache?.key("citation", json) ?? "";
  const missing: CitationRecord[] = [];
  for (const [json, record] of records) {
    const hit = pack?.get(cacheKey(json));
    if (hit === undefined) missing.push(record);
    else formatted.set(json, JSON.parse(hit) as Citations);
  }
  const total = formatted.size + missing.length;
  let done = formatted.size;
  progress?.(done, total);

  const store = (chunk: readonly CitationRecord[], texts: readonly Citations[]) => {
    chunk.forEach((record, i) => {
      const json = JSON.stringify(record);
      formatted.set(json, texts[i]!);
      pack?.set(cacheKey(json), JSON.stringify(texts[i]));
    });
  };
  const work = chunks(missing);
  if (missing.length < IN_PROCESS_LIMIT) {
    for (const chunk of work) store(chunk, chunk.map(formatCitations));
  } else {
    const texts = await formatOnWorkers(work, (chunk) => {
      done += chunk.length;
      progress?.(done, total);
    });
    for (const [i, chunk] of work.entries()) store(chunk, texts[i]!);
  }
  progress?.(total, total);
  await pack?.save();

  return (record) => {
    const texts = formatted.get(JSON.stringify(record));
    if (texts === undefined) throw new Error(`the citation of "${record.id}" was not formatted ahead (lib/render/site-model.ts citationRecords lists every record a page formats)`);
    return texts;
  };
}

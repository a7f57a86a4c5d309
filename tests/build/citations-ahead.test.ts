/**
 * Citations formatted ahead on worker threads are exactly what the page
 * models' own formatter (lib/render/cite.ts) gives, record for record: the
 * build's lookup never answers with other text than formatting on demand.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadCorpus } from "../../lib/content/load.ts";
import { generateCorpus } from "../../lib/harness/synthetic-corpus.ts";
import { formatCitations } from "../../lib/render/cite.ts";
import { citationRecords } from "../../lib/render/site-model.ts";
import { formatCitationsAhead } from "../../lib/site/citations-ahead.ts";

/** 100 records (claims and a quarter as many sources): few enough to be quick, enough to go to worker threads (citations-ahead.ts formats fewer here). */
const CLAIMS = 80;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "factcheck-citations-"));
  await generateCorpus({ root: work, claims: CLAIMS, dataDir: path.resolve("data") });
});
afterAll(() => rm(work, { recursive: true, force: true }));

test("every claim's and source's citations, formatted on workers, equal formatCitations' text", async () => {
  const { corpus } = await loadCorpus({ root: work });
  const progress: number[] = [];
  const lookup = await formatCitationsAhead(corpus, corpus.site, undefined, (done) => progress.push(done));
  const records = citationRecords(corpus, corpus.site);
  expect(records).toHaveLength(CLAIMS + CLAIMS / 4);
  // Progress in chunks shows the records went to the workers, not one call here.
  expect(progress.length).toBeGreaterThan(2);
  for (const record of records) expect(lookup(record)).toEqual(formatCitations(record));
});

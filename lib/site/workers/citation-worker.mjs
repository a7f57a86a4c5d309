// A worker thread that formats citation records (lib/site/citations-ahead.ts
// sends them in chunks) with lib/render/cite.ts's formatCitations. Plain
// JavaScript: a worker thread does not inherit tsx's loader, so it registers
// it before loading the TypeScript formatter.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { formatCitations } = await import("../../render/cite.ts");

parentPort.on("message", (records) => {
  parentPort.postMessage(records.map((record) => formatCitations(record)));
});

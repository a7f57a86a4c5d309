// A worker thread that formats citation records (lib/site/citations-ahead.ts
// sends them in chunks). Plain JavaScript: a worker thread does not inherit
// tsx's loader, so it registers it before loading the TypeScript formatter.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { citationsOnDemand } = await import("../../render/cite.ts");

parentPort.on("message", ({ claims, sources }) => {
  parentPort.postMessage({
    claims: claims.map((record) => citationsOnDemand.claim(record)),
    sources: sources.map((record) => citationsOnDemand.source(record)),
  });
});

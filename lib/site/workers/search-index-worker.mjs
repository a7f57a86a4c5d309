// A worker thread that writes one language's Pagefind index
// (lib/site/outputs/language-index.ts) with its own Pagefind process, so that
// lib/site/outputs/search-index.ts indexes the languages side by side. It posts
// the number of pages done. Plain JavaScript: a worker thread does not inherit
// tsx's loader, so it registers it before loading the TypeScript.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { writeLanguageIndex } = await import("../outputs/language-index.ts");

const { siteDir, pages, outputPath } = workerData;
await writeLanguageIndex(siteDir, pages, outputPath, (done) => parentPort.postMessage(done));

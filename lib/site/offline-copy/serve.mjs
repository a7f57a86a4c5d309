#!/usr/bin/env node
// Serves this offline copy of the site on 127.0.0.1, using only Node's standard
// library: `node serve.mjs [port]`. Search needs a web server (not file://).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
// The site's path prefix, written in by the build.
const PREFIX = "__PATH_PREFIX__";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

async function fileFor(pathname) {
  const file = path.join(ROOT, pathname.slice(PREFIX.length));
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return undefined;
  try {
    const info = await stat(file);
    if (!info.isDirectory()) return file;
    await stat(path.join(file, "index.html"));
    return path.join(file, "index.html");
  } catch {
    return undefined;
  }
}

const server = createServer(async (req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (!pathname.startsWith(PREFIX)) {
    res.writeHead(302, { location: PREFIX }).end();
    return;
  }
  const file = await fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(ROOT, "404.html");
  res.writeHead(status, { "content-type": TYPES[path.extname(body)] ?? "application/octet-stream" });
  createReadStream(body).on("error", () => res.end()).pipe(res);
});

const asked = process.argv[2] ?? process.env.PORT;
server.on("error", (error) => {
  // The usual port is taken: let the system pick a free one instead.
  if (error.code === "EADDRINUSE" && asked === undefined) server.listen(0, "127.0.0.1");
  else throw error;
});
server.on("listening", () => {
  console.log(`Serving the offline copy at http://127.0.0.1:${server.address().port}${PREFIX}`);
  console.log("Open that address in a browser. Press Ctrl+C to stop.");
});
server.listen(asked === undefined ? 8080 : Number(asked), "127.0.0.1");

#!/usr/bin/env node
// Serves a built copy of the site on 127.0.0.1, using only Node's standard
// library. In the offline copy, `node serve.mjs [port]` serves the folder this
// file is in (search needs a web server, not file://). The tests and the
// benchmark import serveSite() to serve a build the same way.
import { createReadStream, realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/**
 * Pagefind names its index chunks, page fragments and filter files after their content, so a copy once fetched is
 * never stale: the browser keeps them, and a reader's next search does not fetch again the results already shown
 * (the service worker serves them cache-first too). The host is told the same in `_headers` (outputs/headers.ts).
 */
export const CONTENT_NAMED_FOLDERS = ["pagefind/index/", "pagefind/fragment/", "pagefind/filter/"];
export const CONTENT_NAMED_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** The file under `root` that answers `rest` (a request path after the prefix), or undefined. */
async function fileFor(root, rest) {
  const file = path.join(root, rest);
  // With the separator: a sibling folder such as `site-evil` is not inside `site`.
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(file);
    if (!info.isDirectory()) return file;
    await stat(path.join(file, "index.html"));
    return path.join(file, "index.html");
  } catch {
    return undefined;
  }
}

/**
 * Serves the folder `root` at `prefix` on 127.0.0.1; port 0 lets the system
 * choose. Resolves once listening, with the origin and a `close()`.
 */
export function serveSite({ root, prefix = "/", port = 0 }) {
  const base = path.resolve(root);
  // With the trailing slash: `/fc-evil/` is not under `/fc`.
  const folder = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(folder)) {
      res.writeHead(302, { location: folder }).end();
      return;
    }
    const rest = pathname.slice(folder.length);
    const file = await fileFor(base, rest);
    const body = file ?? path.join(base, "404.html");
    const kept = file !== undefined && CONTENT_NAMED_FOLDERS.some((named) => rest.startsWith(named));
    res.writeHead(file ? 200 : 404, {
      "content-type": TYPES[path.extname(body)] ?? "application/octet-stream",
      ...(kept ? { "cache-control": CONTENT_NAMED_CACHE_CONTROL } : {}),
    });
    createReadStream(body).on("error", () => res.end()).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// Run as a program (not imported): serve the folder this file is in.
const self = fileURLToPath(import.meta.url);
if (process.argv[1] && realpathSync(process.argv[1]) === self) {
  const root = path.dirname(self);
  const asked = process.argv[2] ?? process.env.PORT;
  const serve = (port) => serveSite({ root, prefix: PREFIX, port });
  // The usual port is taken: let the system pick a free one instead.
  const site = await serve(asked === undefined ? 8080 : Number(asked)).catch((error) => {
    if (error.code === "EADDRINUSE" && asked === undefined) return serve(0);
    throw error;
  });
  console.log(`Serving the offline copy at ${site.origin}${PREFIX}`);
  console.log("Open that address in a browser. Press Ctrl+C to stop.");
}

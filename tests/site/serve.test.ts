/**
 * The static server shipped in the offline copy (serve.mjs), which the tests
 * and the benchmark use too: it serves the folder and nothing beside it, and
 * lets the browser keep what Pagefind names after its content.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveSite, type ServedSite } from "../../lib/site/offline-copy/serve.mjs";

/** GET with the path sent exactly as written (fetch would normalise it). */
function get(origin: string, rawPath: string): Promise<{ status: number; location?: string; cacheControl?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${rawPath}`, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      const { location, "cache-control": cacheControl } = res.headers;
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ...(location ? { location } : {}), ...(cacheControl ? { cacheControl } : {}), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let parent: string;
const servers: ServedSite[] = [];
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "factcheck-serve-"));
  const files: Record<string, string> = {
    "site/index.html": "home",
    "site/404.html": "not found",
    "site/claims/a/index.html": "claim a",
    "site/pagefind/fragment/en_1a2b3c4.pf_fragment": "fragment",
    "site/pagefind/index/en_5d6e7f8.pf_index": "index chunk",
    "site/pagefind/pagefind-entry.json": "{}",
    "site-evil/secret.txt": "secret beside the site",
    "secret.txt": "secret above the site",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(parent, name)), { recursive: true });
    await writeFile(path.join(parent, name), text);
  }
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await rm(parent, { recursive: true, force: true });
});

async function serve(prefix?: string): Promise<string> {
  const server = await serveSite({ root: path.join(parent, "site"), ...(prefix ? { prefix } : {}) });
  servers.push(server);
  return server.origin;
}

describe("serveSite", () => {
  test("serves pages by folder, and 404.html for what is missing", async () => {
    const origin = await serve();
    expect(await get(origin, "/claims/a/")).toMatchObject({ status: 200, body: "claim a" });
    expect(await get(origin, "/claims/b/")).toMatchObject({ status: 404, body: "not found" });
  });

  test("never serves a file outside the folder, even a sibling whose name starts with the folder's", async () => {
    const origin = await serve();
    for (const raw of ["/..%2fsite-evil%2fsecret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/../site-evil/secret.txt"]) {
      const response = await get(origin, raw);
      expect([raw, response.body]).not.toEqual([raw, expect.stringContaining("secret")]);
    }
  });

  test("Pagefind's index chunks and fragments are kept by the browser; pages and Pagefind's entry file are asked again", async () => {
    for (const prefix of [undefined, "/fc"]) {
      const origin = await serve(prefix);
      const at = (sitePath: string) => `${prefix ?? ""}${sitePath}`;
      for (const kept of ["/pagefind/fragment/en_1a2b3c4.pf_fragment", "/pagefind/index/en_5d6e7f8.pf_index"]) {
        expect(await get(origin, at(kept))).toMatchObject({ status: 200, cacheControl: "public, max-age=31536000, immutable" });
      }
      for (const asked of ["/pagefind/pagefind-entry.json", "/claims/a/", "/pagefind/fragment/en_missing.pf_fragment"]) {
        expect(await get(origin, at(asked))).not.toHaveProperty("cacheControl");
      }
    }
  });

  test("under a path prefix, serves only below it: /fc-evil/ is not under /fc", async () => {
    const origin = await serve("/fc");
    expect(await get(origin, "/fc/claims/a/")).toMatchObject({ status: 200, body: "claim a" });
    expect(await get(origin, "/fc-evil/claims/a/")).toMatchObject({ status: 302, location: "/fc/" });
    expect(await get(origin, "/")).toMatchObject({ status: 302, location: "/fc/" });
  });
});

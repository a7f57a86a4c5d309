/** Reading a built site in tests. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

import { listFiles } from "../../lib/site/built-files.ts";

/** Every file under `dir`, as paths relative to it with forward slashes, sorted (the build's own listing). */
export { listFiles };

/** A hash of every file's path and bytes: equal snapshots mean an untouched folder. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    out[file] = createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex");
  }
  return out;
}

/** Parses the page at a site URL path such as `/claims/x/`. */
export async function page(siteDir: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
  return parse(await readFile(path.join(siteDir, file), "utf8"));
}

/** `[id="…"]`: works for ids that are not valid CSS identifiers (e.g. starting with a digit). */
export const byId = (id: string) => `[id="${id}"]`;

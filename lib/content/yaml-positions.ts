/**
 * The `yaml` package's path of front-matter.ts: data and the position of each
 * node, or the syntax error at its line, with limits on what a hostile file
 * can make the parser do (deep nesting, alias bombs).
 */
import { isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { diagnostic, START, type Diagnostic, type Position } from "./diagnostic.ts";
import type { FrontMatter, YamlPath } from "./front-matter.ts";

/** Aliases a legitimate file never needs; a few hundred already signal an alias bomb. */
const MAX_ALIAS_COUNT = 50;
/**
 * Flow collections (`[…]`, `{…}`) nested deeper than this are refused before
 * parsing: the YAML reader recurses once per level, so a few thousand levels
 * cost seconds and end in a stack overflow. Real front matter nests two or three.
 */
const MAX_FLOW_DEPTH = 64;

/** Parses YAML text with the `yaml` package: data and node positions, or the syntax error. */
export function parseYamlWithPositions(
  file: string,
  source: string,
  lineOffset: number,
): { frontMatter: FrontMatter } | { error: Diagnostic } {
  const deep = tooDeep(source);
  if (deep !== undefined) {
    const before = source.slice(0, deep);
    const at = { line: before.split("\n").length + lineOffset, column: deep - before.lastIndexOf("\n") };
    return {
      error: diagnostic(
        "yaml-syntax",
        file,
        at,
        `lists or groups are nested more than ${MAX_FLOW_DEPTH} deep`,
        "write the value out flat; no field nests more than two or three levels",
      ),
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const [first] = doc.errors;
  if (first) {
    return { error: diagnostic("yaml-syntax", file, toPosition(first.pos[0]), cleanYamlMessage(first.message)) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        error: diagnostic("yaml-alias-bomb", file, START, `the front matter expands more than ${MAX_ALIAS_COUNT} aliases`),
      };
    }
    return { error: diagnostic("yaml-syntax", file, START, error instanceof Error ? error.message : String(error)) };
  }
  return { frontMatter: frontMatterOf(doc, data, toPosition) };
}

/** Offset of the first flow collection nested deeper than MAX_FLOW_DEPTH, if any. */
export function tooDeep(source: string): number | undefined {
  // Most files have fewer brackets than the limit in all: no need to tokenise them.
  if ((source.match(/[[{]/g)?.length ?? 0) <= MAX_FLOW_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === "[" || token === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return offset;
    } else if (token === "]" || token === "}") depth--;
    // The lexer also yields one-character control tokens that stand for no source text.
    if (!(token.length === 1 && token < " " && token !== "\n" && token !== "\t" && token !== "\r")) offset += token.length;
  }
  return undefined;
}

function frontMatterOf(doc: Document, data: unknown, toPosition: (offset: number) => Position): FrontMatter {
  const nodeAt = (path: YamlPath): Node | null => {
    let node: unknown = doc.contents;
    let found: Node | null = (doc.contents as Node | null) ?? null;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        node = node.items[step];
      } else break;
      if (node && typeof node === "object" && "range" in node) found = node as Node;
      else break;
    }
    return found;
  };
  const positionOfNode = (node: Node | null): Position =>
    node?.range ? toPosition(node.range[0]) : { line: toPosition(0).line, column: 1 };
  return {
    data,
    positionOf: (path) => positionOfNode(nodeAt(path)),
    keyPositionOf: (path, key) => {
      const map = nodeAt(path);
      if (isMap(map)) {
        const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        if (pair && isScalar(pair.key) && pair.key.range) return toPosition(pair.key.range[0]);
      }
      return positionOfNode(map);
    },
  };
}

/** The yaml package appends a code frame after a colon-newline; the line:col already says where. */
function cleanYamlMessage(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

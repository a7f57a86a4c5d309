/**
 * Reads one contributor file: bytes → text → front matter (YAML with node
 * positions) and Markdown body. Never throws on bad input: every problem is a
 * diagnostic with the file's line and column.
 *
 * Most files are fine, and a fine file needs no positions: its front matter
 * is read by js-yaml, ten times faster than the `yaml` package, and `yaml`
 * parses it with positions only when a diagnostic asks where something is.
 * Anything js-yaml refuses, and anything with anchors or aliases (whose
 * expansion `yaml` limits), takes the `yaml` path from the start, so syntax
 * errors are reported as before.
 */
import jsYaml from "js-yaml";
import { isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { diagnostic, START, type Diagnostic, type Position } from "./diagnostic.ts";

/** No claim or source comes close to this; anything larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Aliases a legitimate file never needs; a few hundred already signal an alias bomb. */
const MAX_ALIAS_COUNT = 50;
/**
 * Flow collections (`[…]`, `{…}`) nested deeper than this are refused before
 * parsing: the YAML reader recurses once per level, so a few thousand levels
 * cost seconds and end in a stack overflow. Real front matter nests two or three.
 */
const MAX_FLOW_DEPTH = 64;

export type YamlPath = readonly (string | number)[];

/** The parsed front matter, with a way to find where any field was written. */
export interface FrontMatter {
  readonly data: unknown;
  /** Position of the node at `path`, or of its nearest existing parent. */
  positionOf(path: YamlPath): Position;
  /** Position of a key itself (for unknown fields), falling back to its map. */
  keyPositionOf(path: YamlPath, key: string): Position;
}

export interface ContentFile {
  readonly file: string;
  readonly frontMatter: FrontMatter;
  readonly body: string;
  /** Line of the file on which the body starts (1-based). */
  readonly bodyLine: number;
}

export type ReadResult =
  | { readonly ok: true; readonly value: ContentFile; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const fail = (d: Diagnostic): ReadResult => ({ ok: false, diagnostics: [d] });

/** A file over the size limit; checked before reading, so a huge file is never loaded whole. */
export function sizeProblem(file: string, size: number): Diagnostic | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return diagnostic("file-too-large", file, START, `the file is ${Math.ceil(size / 1024)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB`);
}

/** Decodes UTF-8 strictly; reports the line of the first invalid byte. */
function decodeText(file: string, bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  const large = sizeProblem(file, bytes.byteLength);
  if (large) return { error: large };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, lenient.indexOf("\uFFFD"));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return {
      error: diagnostic("file-encoding", file, { line, column }, "the file is not valid UTF-8 text (first bad byte here)"),
    };
  }
}

/**
 * YAML 1.2's integers as the `yaml` package reads them (decimal, `0o` octal,
 * `0x` hex): js-yaml's own also reads `0b` binary and signed hex, which would
 * make the two paths disagree about a value.
 */
const YAML_12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
// js-yaml exports its scalar types as `types`; @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as { types: Record<"null" | "bool" | "float", jsYaml.Type> };
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    types.null,
    types.bool,
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (text: string | null) => text !== null && YAML_12_INT.test(text),
      construct: (text: string) =>
        text.startsWith("0o") ? Number.parseInt(text.slice(2), 8) : text.startsWith("0x") ? Number.parseInt(text.slice(2), 16) : Number.parseInt(text, 10),
      predicate: (value: unknown) => Number.isInteger(value),
    }),
    types.float,
  ],
});
/** Anchors and aliases go the `yaml` way, which limits how far aliases expand. */
const ANCHOR_OR_ALIAS = /[&*]/;

/** The data of YAML text that needs nothing but js-yaml; undefined when the `yaml` path must read it. */
function fastData(source: string): { data: unknown } | undefined {
  if (ANCHOR_OR_ALIAS.test(source)) return undefined;
  try {
    // js-yaml gives undefined for an empty document, `yaml` null.
    return { data: jsYaml.load(source, { schema: FAST_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML text into plain data, keeping positions (read when first asked
 * for). `lineOffset` is the number of file lines before the YAML text starts.
 */
export function parseYaml(
  file: string,
  source: string,
  lineOffset: number,
): { frontMatter: FrontMatter } | { error: Diagnostic } {
  const fast = tooDeep(source) === undefined ? fastData(source) : undefined;
  if (fast === undefined) return parseYamlWithPositions(file, source, lineOffset);
  let positions: FrontMatter | undefined;
  const located = (): FrontMatter => {
    if (positions) return positions;
    const parsed = parseYamlWithPositions(file, source, lineOffset);
    // Where `yaml` refuses what js-yaml read, a problem is placed at the front matter's start.
    const start = { line: lineOffset + 1, column: 1 };
    positions = "error" in parsed ? { data: fast.data, positionOf: () => start, keyPositionOf: () => start } : parsed.frontMatter;
    return positions;
  };
  return {
    frontMatter: {
      data: fast.data,
      positionOf: (path) => lazyPosition(() => located().positionOf(path)),
      keyPositionOf: (path, key) => lazyPosition(() => located().keyPositionOf(path, key)),
    },
  };
}

/**
 * A position worked out when its line or column is first read: rules ask
 * where each reference is written before they know whether it is wrong, and
 * only a diagnostic reads the answer.
 */
function lazyPosition(locate: () => Position): Position {
  let found: Position | undefined;
  const get = () => {
    found ??= locate();
    return found;
  };
  return {
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}

/** Parses YAML text with the `yaml` package: data and node positions, or the syntax error. */
function parseYamlWithPositions(
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
function tooDeep(source: string): number | undefined {
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

const FENCE = /^---[ \t]*$/;

/** Splits a Markdown file into front matter and body. Accepts a BOM and CRLF line endings. */
export function readContentFile(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeText(file, bytes);
  if ("error" in decoded) return fail(decoded.error);
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail(diagnostic("file-empty", file, START, "the file is empty"));
  const lines = text.split("\n");
  if (!FENCE.test(lines[0]!)) {
    return fail(diagnostic("front-matter-missing", file, START, "the file must start with a line `---`"));
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return fail(
      diagnostic(
        "front-matter-missing",
        file,
        START,
        "the front matter opened on line 1 is never closed by a line `---`",
      ),
    );
  }
  const parsed = parseYaml(file, lines.slice(1, close).join("\n"), 1);
  if ("error" in parsed) return fail(parsed.error);
  return {
    ok: true,
    value: {
      file,
      frontMatter: parsed.frontMatter,
      body: lines.slice(close + 1).join("\n"),
      bodyLine: close + 2,
    },
    diagnostics: [],
  };
}

/**
 * Reads one contributor file: bytes → text → front matter (YAML with node
 * positions, front-matter.ts) and Markdown body. Never throws on bad input:
 * every problem is a diagnostic with the file's line and column.
 */
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import { parseYaml, type FrontMatter } from "./front-matter.ts";

/** No claim or source comes close to this; anything larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;

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

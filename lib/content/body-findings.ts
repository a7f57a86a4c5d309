/** Diagnostics for things in a Markdown body that will not render as the writer meant. */
import { diagnostic, type Diagnostic } from "./diagnostic.ts";
import type { ParsedBody } from "../markdown/markdown.ts";

/** Raw HTML, template tags and malformed citations in a Markdown body. */
export function bodyFindings(file: string, bodyLine: number, body: ParsedBody): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of body.findings) {
    const at = { line: bodyLine + f.line, column: f.column };
    out.push(
      f.kind === "raw-html"
        ? diagnostic("raw-html", file, at, `raw HTML \`${f.text}\` is not rendered; readers would see it as text`)
        : diagnostic("template-syntax", file, at, `\`${f.text}\` is shown as written; contributor text never runs as a template`),
    );
  }
  for (const m of body.malformed) {
    out.push(
      diagnostic("citation-malformed", file, { line: bodyLine + m.line, column: m.column }, `\`${m.text}\` is not a citation`),
    );
  }
  return out;
}


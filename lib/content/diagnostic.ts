/**
 * Diagnostics: every problem the loader finds, in one shape, shared by the
 * checker (`npm run check`), the build and the tests.
 */
import { diagnosticCodes, type DiagnosticCode } from "./diagnostic-codes.ts";

type Severity = "error" | "warning";

/** What a diagnostic code means; each is declared once, in diagnostic-codes.ts. */
export interface CodeSpec {
  readonly severity: Severity;
  /** What the code means, in a sentence. */
  readonly summary: string;
  /** How to fix it; a diagnostic may give a more specific hint. */
  readonly hint: string;
  /** A short piece of input that triggers it. */
  readonly example: string;
}

export interface Diagnostic {
  /** Path relative to the content root, with forward slashes. */
  readonly file: string;
  /** 1-based; 1 when a problem concerns the whole file. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly hint: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export const START: Position = { line: 1, column: 1 };

/** A value with the problems found while reading or checking it: what each file's loader and each rule return. */
export interface Checked<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** Builds a diagnostic whose severity and default hint come from the code registry. */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Position,
  message: string,
  hint?: string,
): Diagnostic {
  const spec = diagnosticCodes[code];
  return { file, line: at.line, column: at.column, severity: spec.severity, code, message, hint: hint ?? spec.hint };
}

/** `file:line:col severity code: message — hint`, the one line format everywhere. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message} — ${d.hint}`;
}

/** Stable order: by file, then position, then code, so output never depends on file-system order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}

/** Locale-independent comparison, so sorting is identical on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Renders checker results for people (text), machines (JSON) and GitHub Actions (annotations). */
import { formatDiagnostic, type Diagnostic } from "./diagnostic.ts";

export type ReportFormat = "text" | "json" | "github";

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): Summary {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return { files, errors, warnings: diagnostics.length - errors };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The closing line of a text report. */
function summaryLine(summary: Summary): string {
  const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
  return `${summary.errors === 0 ? "✔" : "✖"} checked ${plural(summary.files, "file")}: ${counts}`;
}

/** GitHub's workflow-command escaping: data and property values differ. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One `::error file=…,line=…::message` line per diagnostic. */
function githubAnnotation(d: Diagnostic): string {
  const props = [`file=${d.file}`, `line=${d.line}`, `col=${d.column}`, `title=${d.code}`].map(escapeProperty);
  return `::${d.severity} ${props.join(",")}::${escapeData(`${d.message} — ${d.hint}`)}`;
}

/** The full report as lines of text. */
export function renderReport(format: ReportFormat, diagnostics: readonly Diagnostic[], summary: Summary): string[] {
  if (format === "json") return [JSON.stringify({ diagnostics, summary }, null, 2)];
  const lines = diagnostics.map(format === "github" ? githubAnnotation : formatDiagnostic);
  return [...lines, summaryLine(summary)];
}

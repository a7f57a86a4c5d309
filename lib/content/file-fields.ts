/**
 * The steps every contributor file goes through before its own rules: its
 * name must be an id, its front matter must be a map of fields, the fields
 * must pass their schema, and no date may lie after today. Each step adds its
 * problems to the list of the one file being loaded.
 */
import path from "node:path";
import type { z } from "zod";
import { readContentFile, type ContentFile } from "./content-file.ts";
import { diagnostic, START, type Diagnostic } from "./diagnostic.ts";
import type { YamlPath } from "./front-matter.ts";
import type { FileBytes } from "./read-files.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";
import { slugify } from "./slug.ts";
import { SLUG } from "../markdown/id-grammar.ts";

/** What a claim's translation file adds to the claim's name: `claims/<id>.zh-hans.md`. */
const TRANSLATION_SUFFIX = ".zh-hans.md";

export function isTranslationFile(file: string): boolean {
  return file.endsWith(TRANSLATION_SUFFIX);
}

/** The id a content file stands for: its name without `.md` (a translation's: without `.zh-hans.md`). */
export function fileId(file: string): string {
  return path.basename(file, isTranslationFile(file) ? TRANSLATION_SUFFIX : ".md");
}

function checkFileName(file: string): Diagnostic | undefined {
  const id = fileId(file);
  if (SLUG.test(id)) return undefined;
  return diagnostic(
    "file-name",
    file,
    START,
    `"${path.basename(file)}" is not a valid file name for an id`,
    `rename it to \`${path.dirname(file)}/${slugify(id) || "a-descriptive-name"}${isTranslationFile(file) ? TRANSLATION_SUFFIX : ".md"}\``,
  );
}

export interface FileFields {
  readonly file: ContentFile;
  /** The front matter as written (after `normalise`), before validation. */
  readonly raw: Record<string, unknown>;
  /** False when the file name is not a valid id: the file is checked but never published. */
  readonly named: boolean;
}

/** Reads a file's front matter as a map of fields; undefined when it has none. */
export function readFields(
  input: FileBytes,
  found: Diagnostic[],
  normalise: (data: Record<string, unknown>) => void,
): FileFields | undefined {
  const nameProblem = checkFileName(input.file);
  if (nameProblem) found.push(nameProblem);
  const read = readContentFile(input.file, input.bytes);
  found.push(...read.diagnostics);
  if (!read.ok) return undefined;
  const { frontMatter } = read.value;
  if (frontMatter.data === null || typeof frontMatter.data !== "object" || Array.isArray(frontMatter.data)) {
    found.push(diagnostic("not-a-map", input.file, frontMatter.positionOf([]), "the front matter must be a set of `field: value` lines"));
    return undefined;
  }
  const raw = frontMatter.data as Record<string, unknown>;
  normalise(raw);
  return { file: read.value, raw, named: nameProblem === undefined };
}

/** Validates read fields against `schema`; `skip` drops issues another rule already reported. */
export function validate<T>(
  read: FileFields,
  schema: z.ZodType<T>,
  found: Diagnostic[],
  skip: (issue: z.core.$ZodIssue) => boolean = () => false,
): { data: T | undefined; failed: ReadonlySet<PropertyKey> } {
  const result = schema.safeParse(read.raw);
  if (result.success) return { data: result.data, failed: new Set() };
  const issues = result.error.issues.filter((issue) => !skip(issue));
  found.push(...schemaDiagnostics(read.file.file, schema, read.file.frontMatter, issues));
  return { data: undefined, failed: new Set(result.error.issues.map((issue) => issue.path[0] ?? "")) };
}

/**
 * Dates after `today`, at the field's line, among the fields that are
 * otherwise valid (an invalid date is reported once, as invalid).
 */
export function futureDates(read: FileFields, fields: readonly YamlPath[], failed: ReadonlySet<PropertyKey>, today: string): Diagnostic[] {
  const { file, frontMatter } = read.file;
  const out: Diagnostic[] = [];
  for (const field of fields.filter((f) => !failed.has(f[0]!))) {
    let value: unknown = frontMatter.data;
    for (const step of field) value = (value as Record<string | number, unknown> | undefined)?.[step];
    if (typeof value === "string" && value.slice(0, today.length) > today.slice(0, value.length)) {
      out.push(diagnostic("future-date", file, frontMatter.positionOf(field), `\`${field.join(".")}\` ${value} is after today (${today})`));
    }
  }
  return out;
}

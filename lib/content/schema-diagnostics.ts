/**
 * Turns zod validation issues into diagnostics a contributor can act on:
 * the line of the field, what is wrong in plain words, and how to fix it.
 */
import { z } from "zod";
import { didYouMean } from "./closest.ts";
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";
import type { DiagnosticCode } from "./diagnostic-codes.ts";
import type { FrontMatter, YamlPath } from "./front-matter.ts";
import { authorHint } from "./authors.ts";
import { authorSchema } from "./schema.ts";

type Issue = z.core.$ZodIssue;

/** `evidence[2].ref` */
function fieldName(path: YamlPath): string {
  return path.reduce<string>(
    (name, step) => (typeof step === "number" ? `${name}[${step}]` : name ? `${name}.${step}` : step),
    "",
  );
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

/** The part of `schema` that validates the value at `path`, as written (optional or not). */
function schemaAt(schema: z.ZodType, path: YamlPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodUnion) current = objectOptions(current).find((o) => String(step) in o.shape);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(step)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
  }
  return current;
}

/** The object shapes a union allows (an author is one of three). */
function objectOptions(union: z.ZodUnion): z.ZodObject[] {
  return (union.options as z.ZodType[]).map(unwrap).filter((o): o is z.ZodObject => o instanceof z.ZodObject);
}

/** The field names allowed at `path` in `schema`, for "did you mean"; in a union, those of every shape. */
function knownKeys(schema: z.ZodType, path: YamlPath): string[] {
  const current = schemaAt(schema, path);
  const object = current && unwrap(current);
  if (object instanceof z.ZodUnion) return [...new Set(objectOptions(object).flatMap((o) => Object.keys(o.shape)))];
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function describe(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a group of fields",
  number: "a number",
};

/** Which code a bad value gets depends on the field it is in. */
function formatCode(path: YamlPath): DiagnosticCode {
  const last = path.findLast((step) => typeof step === "string");
  if (last === "ref") return "invalid-ref";
  if (last === "url" || last === "readAt" || last === "snapshot" || last === "repository") return "invalid-url";
  if (last === "pathPrefix") return "invalid-path-prefix";
  if (last === "published" || last === "reviewed" || last === "date" || last === "documentDate") return "invalid-date";
  return "invalid-id";
}

/** One diagnostic per issue, positioned at the field in the file. */
export function schemaDiagnostics(
  file: string,
  schema: z.ZodType,
  frontMatter: FrontMatter,
  issues: readonly Issue[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as YamlPath;
    const name = fieldName(path);
    const at = frontMatter.positionOf(path);
    const value = valueAt(frontMatter.data, path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const suggestion = didYouMean(key, knownKeys(schema, path));
          out.push(
            diagnostic(
              "unknown-field",
              file,
              frontMatter.keyPositionOf(path, key),
              `unknown field \`${fieldName([...path, key])}\`${suggestion}`,
            ),
          );
        }
        break;
      case "invalid_type":
      case "invalid_value":
        if (value === undefined) {
          const parent = path.slice(0, -1);
          out.push(diagnostic("missing-field", file, frontMatter.positionOf(parent), `\`${name}\` is required`));
        } else if (issue.code === "invalid_value") {
          out.push(invalidValue(file, at, path, name, value, issue.values));
        } else {
          out.push(
            diagnostic(
              "wrong-type",
              file,
              at,
              `\`${name}\` must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}`,
            ),
          );
        }
        break;
      case "too_small":
        out.push(
          diagnostic(
            "empty-value",
            file,
            at,
            issue.origin === "array"
              ? `\`${name}\` needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? "entry" : "entries"}`
              : Number(issue.minimum) > 1 && value !== ""
                ? `\`${name}\` is shorter than ${String(issue.minimum)} characters`
                : `\`${name}\` is empty`,
            emptyHint(schema, path),
          ),
        );
        break;
      case "too_big":
        out.push(
          diagnostic(
            "excerpt-too-long",
            file,
            at,
            `\`${name}\` is ${String(value).length} characters; the limit is ${String(issue.maximum)}`,
          ),
        );
        break;
      case "invalid_format": {
        const code = formatCode(path);
        const shown = typeof value === "string" ? `"${value}"` : describe(value);
        out.push(diagnostic(code, file, at, `\`${name}\` ${shown} is not ${FORMAT_NOUN[code]}`));
        break;
      }
      case "custom": {
        if (issue.message === "not a real date") {
          out.push(diagnostic("invalid-date", file, at, `\`${name}\` "${String(value)}" is not a real date`));
        } else {
          out.push(diagnostic(customCode(path), file, at, `\`${name}\`: ${issue.message}`));
        }
        break;
      }
      case "invalid_union":
        out.push(...unionDiagnostics(file, schema, frontMatter, issue, value));
        break;
      default:
        out.push(diagnostic("wrong-type", file, at, `\`${name}\`: ${issue.message}`));
    }
  }
  return out;
}

/**
 * A value that fits none of a union's shapes. Authors written as plain text
 * (the old form) get the structured form as the fix; an object is reported by
 * the shape it comes closest to (fewest problems), so a misspelt key reads as
 * one, with its "did you mean".
 */
function unionDiagnostics(
  file: string,
  schema: z.ZodType,
  frontMatter: FrontMatter,
  issue: Extract<Issue, { code: "invalid_union" }>,
  value: unknown,
): Diagnostic[] {
  const path = issue.path as YamlPath;
  const at = frontMatter.positionOf(path);
  const name = fieldName(path);
  const isAuthor = schemaAt(schema, path) === authorSchema;
  if (isAuthor && typeof value === "string") {
    return [diagnostic("author-as-text", file, at, `\`${name}\` is plain text "${value}"; authors are written as structured names`, authorHint(value))];
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || issue.errors.length === 0) {
    const expected = isAuthor ? "a name like `{given: …, family: …}`, `{name: …}` or `{organization: …}`" : "one of the allowed shapes";
    return [diagnostic("wrong-type", file, at, `\`${name}\` must be ${expected}, not ${describe(value)}`)];
  }
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  const prefixed = closest.map((inner) => ({ ...inner, path: [...path, ...inner.path] }) as Issue);
  return schemaDiagnostics(file, schema, frontMatter, prefixed);
}

/** A value outside an enum: verdicts and topics get their own codes, with the allowed values. */
function invalidValue(file: string, at: Position, path: YamlPath, name: string, value: unknown, values: readonly unknown[]): Diagnostic {
  const allowed = values.map(String);
  if (value === "") return diagnostic("empty-value", file, at, `\`${name}\` is empty`, `choose one of: ${allowed.join(", ")}`);
  const code: DiagnosticCode = path.at(-1) === "verdict" ? "unknown-verdict" : path[0] === "topics" ? "unknown-topic" : "invalid-value";
  const what = code === "unknown-verdict" ? "verdict" : code === "unknown-topic" ? "topic" : "value";
  return diagnostic(
    code,
    file,
    at,
    `unknown ${what} "${String(value)}" in \`${name}\`${didYouMean(String(value), allowed)}`,
    `allowed: ${allowed.join(", ")}`,
  );
}

/** An empty list entry can go; an empty required field cannot. */
function emptyHint(schema: z.ZodType, path: YamlPath): string | undefined {
  if (typeof path.at(-1) === "number") return "fill it in, or remove the entry from the list";
  return schemaAt(schema, path) instanceof z.ZodOptional ? undefined : "fill it in: this field is required";
}

const FORMAT_NOUN: Partial<Record<DiagnosticCode, string>> = {
  "invalid-ref": "of the form `source-id#excerpt-id`",
  "invalid-url": "a full http(s) address",
  "invalid-path-prefix": "a path that starts and ends with `/`",
  "invalid-date": "a date of the form YYYY-MM-DD (or YYYY, YYYY-MM for a source)",
  "invalid-id": "a valid id (lower-case words joined by single hyphens)",
};

function customCode(path: YamlPath): DiagnosticCode {
  if (path[0] === "policies") return "invalid-url";
  if (path.at(-1) === "contact") return "invalid-value";
  return path.length === 1 && path[0] === "url" ? "source-location" : "missing-field";
}

/**
 * Loads one source file, from its bytes alone: its fields, excerpts and
 * context paragraph, checked, and what claims may cite from it.
 */
import type { FormerIds } from "./aliases.ts";
import { diagnostic, type Checked, type Diagnostic, type Position } from "./diagnostic.ts";
import type { Source } from "./corpus.ts";
import { fileId, futureDates, readFields, validate } from "./file-fields.ts";
import type { FileBytes } from "./read-files.ts";
import type { CitableSource } from "./resolve.ts";
import { sourceSchema } from "./schema.ts";
import { bodyFindings } from "./body-findings.ts";
import { refOf, SLUG } from "../markdown/id-grammar.ts";
import { parseMarkdown, renderMarkdown } from "../markdown/markdown.ts";

export interface SourceFile {
  /** The source's id: the file name without `.md`. */
  readonly id: string;
  /** What claims may cite from the file, loaded or broken; undefined when its name is not an id. */
  readonly citable: CitableSource | undefined;
  /** The checked source; undefined when the file has errors. */
  readonly source: Source | undefined;
  /** Where each excerpt's text is written, by ref: quote problems are reported there. */
  readonly positions: ReadonlyMap<string, Position>;
  /** The source's former ids, where they are written (checked against the other sources). */
  readonly formerIds?: FormerIds;
}

/** The excerpt ids of a source as written, or undefined when some cannot be read. */
function writtenExcerptIds(raw: Record<string, unknown>): ReadonlySet<string> | undefined {
  const { excerpts } = raw;
  if (!Array.isArray(excerpts)) return undefined;
  const ids = excerpts.map((e: unknown) => (e !== null && typeof e === "object" ? (e as Record<string, unknown>).id : undefined));
  return ids.every((id): id is string => typeof id === "string") ? new Set(ids) : undefined;
}

/** Loads one source file; dates after `today` (`YYYY-MM-DD`) are errors. */
export function loadSourceFile(input: FileBytes, today: string): Checked<SourceFile> {
  const id = fileId(input.file);
  const named = SLUG.test(id);
  const found: Diagnostic[] = [];
  const positions = new Map<string, Position>();
  const result = (citable: CitableSource | undefined, source?: Source, formerIds?: FormerIds): Checked<SourceFile> => ({
    value: { id, citable: named ? citable : undefined, source, positions, ...(formerIds === undefined ? {} : { formerIds }) },
    diagnostics: found,
  });
  const read = readFields(input, found, (data) => {
    // `published: 2018` is a YAML number; the contributor meant the year.
    for (const field of ["published", "documentDate"]) if (typeof data[field] === "number") data[field] = String(data[field]);
  });
  if (!read) return result({ excerptIds: undefined, loaded: false });
  const written: CitableSource = { excerptIds: writtenExcerptIds(read.raw), loaded: false };
  const { data, failed } = validate(read, sourceSchema, found);
  found.push(...futureDates(read, [["published"], ["documentDate"]], failed, today));
  const file = read.file;
  const body = parseMarkdown(file.body);
  found.push(...bodyFindings(input.file, file.bodyLine, body));
  if (!data || !named) return result(written);
  const seen = new Set<string>();
  const excerpts = data.excerpts.map((excerpt, i) => {
    if (seen.has(excerpt.id)) {
      found.push(
        diagnostic(
          "duplicate-id",
          input.file,
          file.frontMatter.positionOf(["excerpts", i, "id"]),
          `two excerpts have the id "${excerpt.id}"`,
          "give each excerpt its own id; claims cite excerpts by id",
        ),
      );
    }
    seen.add(excerpt.id);
    const ref = refOf(id, excerpt.id);
    positions.set(ref, file.frontMatter.positionOf(["excerpts", i, "text"]));
    return Object.freeze({ ...excerpt, sourceId: id, ref });
  });
  const source: Source = Object.freeze({
    ...data,
    id,
    file: input.file,
    excerpts: Object.freeze(excerpts),
    bodyHtml: renderMarkdown(body),
  });
  const aliases = (data.aliases ?? []).map((alias, i) => ({ alias, at: file.frontMatter.positionOf(["aliases", i]) }));
  return result({ excerptIds: new Set(excerpts.map((e) => e.id)), loaded: true }, source, { id, file: input.file, aliases });
}

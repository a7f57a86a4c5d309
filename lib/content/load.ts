/**
 * The loader: reads every source and claim once, validates it, resolves every
 * reference and builds the corpus graph. It never throws on bad content: the
 * result carries diagnostics, and `ok` is false when any is an error.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readContentFile, parseYaml, type ContentFile, type YamlPath } from "./content-file.ts";
import { buildCorpus, type Claim, type Corpus, type Source, type Topic, type Verdict, type WithdrawnClaim } from "./corpus.ts";
import { diagnostic, hasErrors, sortDiagnostics, START, type Diagnostic } from "./diagnostic.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";
import {
  claimSchema,
  SLUG,
  sourceSchema,
  topicSchema,
  verdictSchema,
  withdrawnClaimSchema,
  type ClaimData,
  type WithdrawnClaimData,
} from "./schema.ts";
import { missingRegisteredClaims, readRegistry, registeredVerdict, type Registry } from "./registry.ts";
import { parseClaim, resolveClaims, type ParsedClaim } from "./resolve.ts";
import { parseMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { bodyFindings } from "./body-findings.ts";
import { quoteDiagnostics, type QuotePositions } from "./quote-diagnostics.ts";
import { evidenceDiagnostics } from "./evidence-rules.ts";
import { keepOnly, remembered, type LoadCache } from "./load-cache.ts";

export interface LoadOptions {
  /** The folder holding `claims/`, `sources/` and `data/`. */
  readonly root: string;
  /** `YYYY-MM-DD`; dates after it are errors. Defaults to today (UTC). */
  readonly today?: string;
  /** A folder of saved source texts: when given, excerpts are verified against them. */
  readonly archive?: string;
  /** Results of unchanged files from an earlier load of the same folder (the dev server's rebuilds). */
  readonly cache?: LoadCache;
}

export interface LoadResult {
  readonly corpus: Corpus;
  readonly diagnostics: readonly Diagnostic[];
  /** False when any diagnostic is an error: the build must not proceed. */
  readonly ok: boolean;
  /** How many files were read. */
  readonly files: number;
}

export const CLAIMS_DIR = "claims";
export const SOURCES_DIR = "sources";
export const VERDICTS_FILE = "data/verdicts.yaml";
export const TOPICS_FILE = "data/topics.yaml";

interface FileBytes {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** The `.md` files of a content folder, sorted so results never depend on the file system. */
async function readFolder(root: string, dir: string): Promise<FileBytes[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, dir))).filter((n) => n.endsWith(".md")).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => ({ file: `${dir}/${name}`, bytes: await readFile(path.join(root, dir, name)) })),
  );
}

/** Reads a YAML list (verdicts, topics) validated item by item. */
async function loadList<T extends { id: string }>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch {
    diagnostics.push(diagnostic("missing-field", file, START, `${file} is missing`, "restore the file from the repository"));
    return [];
  }
  const parsed = parseYaml(file, text, 0);
  if ("error" in parsed) {
    diagnostics.push(parsed.error);
    return [];
  }
  const result = z.array(schema).safeParse(parsed.frontMatter.data);
  if (!result.success) {
    diagnostics.push(...schemaDiagnostics(file, z.array(schema), parsed.frontMatter, result.error.issues));
    return [];
  }
  const seen = new Set<string>();
  result.data.forEach((item, i) => {
    if (seen.has(item.id)) {
      diagnostics.push(
        diagnostic("duplicate-id", file, parsed.frontMatter.positionOf([i, "id"]), `the id "${item.id}" appears twice`),
      );
    }
    seen.add(item.id);
  });
  return result.data;
}

function checkFileName(file: string): Diagnostic | undefined {
  const id = path.basename(file, ".md");
  if (SLUG.test(id)) return undefined;
  const suggestion = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return diagnostic(
    "file-name",
    file,
    START,
    `"${path.basename(file)}" is not a valid file name for an id`,
    `rename it to \`${path.dirname(file)}/${suggestion || "a-descriptive-name"}.md\``,
  );
}

/** Runs `step` on one file; an unexpected exception becomes an `internal-error` on that file. */
function guarded<T>(file: string, diagnostics: Diagnostic[], step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(diagnostic("internal-error", file, START, `unexpected failure: ${message}`));
    return undefined;
  }
}

/** Reads front matter and validates it against `schema`, collecting diagnostics. */
function validated<T>(
  input: FileBytes,
  schemaFor: z.ZodType<T> | ((data: Record<string, unknown>) => z.ZodType<T>),
  diagnostics: Diagnostic[],
  normalise: (data: Record<string, unknown>) => void = () => {},
): { file: ContentFile; data: T } | undefined {
  const nameProblem = checkFileName(input.file);
  if (nameProblem) diagnostics.push(nameProblem);
  const read = readContentFile(input.file, input.bytes);
  diagnostics.push(...read.diagnostics);
  if (!read.ok) return undefined;
  const { frontMatter } = read.value;
  if (frontMatter.data === null || typeof frontMatter.data !== "object" || Array.isArray(frontMatter.data)) {
    diagnostics.push(
      diagnostic("not-a-map", input.file, frontMatter.positionOf([]), "the front matter must be a set of `field: value` lines"),
    );
    return undefined;
  }
  normalise(frontMatter.data as Record<string, unknown>);
  const schema = typeof schemaFor === "function" ? schemaFor(frontMatter.data as Record<string, unknown>) : schemaFor;
  const result = schema.safeParse(frontMatter.data);
  if (!result.success) {
    diagnostics.push(...schemaDiagnostics(input.file, schema, frontMatter, result.error.issues));
    return undefined;
  }
  return nameProblem ? undefined : { file: read.value, data: result.data };
}

/** Reports dates after `today`, at the field's line. */
function futureDates(file: ContentFile, fields: readonly YamlPath[], today: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of fields) {
    let value: unknown = file.frontMatter.data;
    for (const step of field) value = (value as Record<string | number, unknown> | undefined)?.[step];
    if (typeof value === "string" && value.slice(0, today.length) > today.slice(0, value.length)) {
      out.push(
        diagnostic("future-date", file.file, file.frontMatter.positionOf(field), `\`${field.join(".")}\` ${value} is after today (${today})`),
      );
    }
  }
  return out;
}

function loadSource(
  input: FileBytes,
  today: string,
  diagnostics: Diagnostic[],
  positions: QuotePositions,
): Source | undefined {
  const parsed = validated(input, sourceSchema, diagnostics, (data) => {
    // `published: 2018` is a YAML number; the contributor meant the year.
    if (typeof data.published === "number") data.published = String(data.published);
  });
  if (!parsed) return undefined;
  const { file, data } = parsed;
  const id = path.basename(input.file, ".md");
  diagnostics.push(...futureDates(file, [["published"]], today));
  const seen = new Set<string>();
  const excerpts = data.excerpts.map((excerpt, i) => {
    if (seen.has(excerpt.id)) {
      diagnostics.push(
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
    const ref = `${id}#${excerpt.id}`;
    positions.set(ref, file.frontMatter.positionOf(["excerpts", i, "text"]));
    return Object.freeze({ ...excerpt, sourceId: id, ref });
  });
  const body = parseMarkdown(file.body);
  diagnostics.push(...bodyFindings(input.file, file.bodyLine, body));
  return Object.freeze({
    ...data,
    id,
    file: input.file,
    excerpts: Object.freeze(excerpts),
    bodyHtml: renderMarkdown(body),
  });
}

function uncitedWarnings(corpus: Corpus, positions: QuotePositions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const source of corpus.sources) {
    if (corpus.claimsCitingSource(source.id).length === 0) {
      out.push(diagnostic("uncited-source", source.file, START, `no claim cites the source "${source.id}"`));
      continue;
    }
    for (const excerpt of source.excerpts) {
      if (corpus.citingClaims(excerpt.ref).length === 0) {
        const at = positions.get(excerpt.ref) ?? START;
        out.push(diagnostic("uncited-excerpt", source.file, at, `no claim cites the excerpt "${excerpt.id}"`));
      }
    }
  }
  return out;
}

/** A verdict that differs from the registered one needs a revision recording that change. */
function verdictChangeDiagnostics(file: ContentFile, id: string, data: ClaimData, registry: Registry): Diagnostic[] {
  const published = [id, ...(data.aliases ?? [])]
    .map((key) => registeredVerdict(registry, key))
    .find((v) => v !== undefined);
  if (published === undefined || published === data.verdict) return [];
  const recorded = (data.revisions ?? []).some((r) => r.verdict?.from === published && r.verdict.to === data.verdict);
  if (recorded) return [];
  return [
    diagnostic(
      "verdict-change-unrecorded",
      file.file,
      file.frontMatter.positionOf(["verdict"]),
      `the verdict was published as "${published}" and is now "${data.verdict}", but no revision records the change`,
      `add to \`revisions\`: {date: YYYY-MM-DD, note: "why it changed", verdict: {from: ${published}, to: ${data.verdict}}}`,
    ),
  ];
}

/** Revisions happen after publication, and each one is a review: `reviewed` is at least the latest. */
function revisionDateDiagnostics(file: ContentFile, data: ClaimData): Diagnostic[] {
  return (data.revisions ?? []).flatMap((r, i) => {
    if (r.date >= data.published && r.date <= data.reviewed) return [];
    const when = r.date < data.published ? `before the claim was published (${data.published})` : `after \`reviewed\` (${data.reviewed})`;
    return [diagnostic("revision-date", file.file, file.frontMatter.positionOf(["revisions", i, "date"]), `revision ${i + 1} is dated ${r.date}, ${when}`)];
  });
}

/** Aliases may not be a current claim's id, nor belong to two claims. */
function aliasDiagnostics(parsed: readonly ParsedClaim[], takenIds: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owner = new Map<string, string>();
  for (const claim of parsed) {
    (claim.data.aliases ?? []).forEach((alias, i) => {
      const at = claim.content.frontMatter.positionOf(["aliases", i]);
      const file = claim.content.file;
      if (takenIds.has(alias)) {
        out.push(diagnostic("alias-collision", file, at, `the alias "${alias}" is the id of claims/${alias}.md`));
      } else if (owner.has(alias) && owner.get(alias) !== claim.id) {
        out.push(diagnostic("alias-collision", file, at, `the alias "${alias}" is also an alias of "${owner.get(alias)}"`));
      } else {
        owner.set(alias, claim.id);
      }
    });
  }
  return out;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Loads, validates and resolves the whole corpus under `root`. */
export async function loadCorpus(options: LoadOptions): Promise<LoadResult> {
  const { root } = options;
  const today = options.today ?? todayUtc();
  const diagnostics: Diagnostic[] = [];
  const [verdicts, topics, sourceFiles, claimFiles, registry] = await Promise.all([
    loadList<Verdict>(root, VERDICTS_FILE, verdictSchema, diagnostics),
    loadList<Topic>(root, TOPICS_FILE, topicSchema, diagnostics),
    readFolder(root, SOURCES_DIR),
    readFolder(root, CLAIMS_DIR),
    readRegistry(root, diagnostics),
  ]);

  keepOnly(options.cache, [...sourceFiles, ...claimFiles].map((f) => f.file));
  const positions: QuotePositions = new Map();
  const sources = sourceFiles
    .map((input) =>
      guarded(input.file, diagnostics, () =>
        remembered(options.cache, input, today, diagnostics, positions, (found, at) => loadSource(input, today, found, at)),
      ),
    )
    .filter((s): s is Source => s !== undefined);
  if (options.archive !== undefined) diagnostics.push(...(await quoteDiagnostics(sources, options.archive, positions)));

  const schema = claimSchema(
    verdicts.map((v) => v.id),
    topics.map((t) => t.id),
  );
  const withdrawn: WithdrawnClaim[] = [];
  // A file with `withdrawn:` is a tombstone and has its own, smaller schema.
  const schemaFor = (data: Record<string, unknown>) => ("withdrawn" in data ? withdrawnClaimSchema : schema);
  // Everything besides the file's bytes that a claim's result depends on.
  const claimContext = JSON.stringify([today, verdicts.map((v) => v.id), topics.map((t) => t.id), [...registry.entries]]);
  const parsedClaims = claimFiles
    .map((input) =>
      guarded(input.file, diagnostics, () => {
        const loaded = remembered(options.cache, input, claimContext, diagnostics, positions, (found) => {
          const parsed = validated<ClaimData | WithdrawnClaimData>(input, schemaFor, found, (data) => {
            // YAML reads `verdict: false` as a boolean; the contributor meant the verdict.
            if (typeof data.verdict === "boolean") data.verdict = String(data.verdict);
          });
          if (!parsed) return undefined;
          const id = path.basename(input.file, ".md");
          if ("withdrawn" in parsed.data) {
            found.push(...futureDates(parsed.file, [["published"], ["withdrawn", "date"]], today));
            return { tombstone: Object.freeze({ ...parsed.data, id, file: input.file }) };
          }
          found.push(...futureDates(parsed.file, [["published"], ["reviewed"]], today));
          found.push(...verdictChangeDiagnostics(parsed.file, id, parsed.data, registry));
          found.push(...revisionDateDiagnostics(parsed.file, parsed.data));
          return { claim: parseClaim(parsed.file, parsed.data, found) };
        });
        if (loaded?.tombstone) withdrawn.push(loaded.tombstone);
        return loaded?.claim;
      }),
    )
    .filter((c): c is ParsedClaim => c !== undefined);

  const fileIds = new Set(claimFiles.map((f) => path.basename(f.file, ".md")));
  diagnostics.push(...aliasDiagnostics(parsedClaims, fileIds));
  const answered = new Set([...fileIds, ...parsedClaims.flatMap((c) => c.data.aliases ?? [])]);
  diagnostics.push(...missingRegisteredClaims(registry, answered));

  // `related` may name live claims only, not tombstones.
  const withdrawnIds = new Set(withdrawn.map((w) => w.id));
  const liveFiles = claimFiles.filter((f) => !withdrawnIds.has(path.basename(f.file, ".md")));
  const claims: Claim[] = resolveClaims(parsedClaims, sources, liveFiles, diagnostics);
  const corpus = buildCorpus({ verdicts, topics, claims, sources, withdrawn });
  diagnostics.push(...evidenceDiagnostics(corpus));
  if (!hasErrors(diagnostics)) diagnostics.push(...uncitedWarnings(corpus, positions));
  const sorted = sortDiagnostics(diagnostics);
  return { corpus, diagnostics: sorted, ok: !hasErrors(sorted), files: sourceFiles.length + claimFiles.length };
}

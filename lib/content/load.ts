/**
 * The loader: reads every source and claim once, validates it, resolves every
 * reference and builds the corpus graph. It never throws on bad content: the
 * result carries diagnostics, and `ok` is false when any is an error.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readContentFile, parseYaml, sizeProblem, type ContentFile, type YamlPath } from "./content-file.ts";
import { buildCorpus, type Claim, type Corpus, type Source, type Topic, type Verdict, type WithdrawnClaim } from "./corpus.ts";
import { diagnostic, hasErrors, sortDiagnostics, START, type Diagnostic } from "./diagnostic.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";
import {
  claimSchema,
  sourceSchema,
  topicSchema,
  VERDICT_PLACEHOLDER,
  verdictSchema,
  withdrawnClaimSchema,
  type ClaimData,
} from "./schema.ts";
import { missingRegisteredClaims, readRegistry, registeredVerdict, type Registry } from "./registry.ts";
import { claimReferences, parseClaim, resolveClaims, type CitableSource, type ParsedClaim } from "./resolve.ts";
import { urlCollisions } from "./url-collisions.ts";
import { keepOnly, remembered, type LoadCache } from "./load-cache.ts";
import { parseMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { bodyFindings } from "./body-findings.ts";
import { quoteDiagnostics, type QuotePositions } from "./quote-diagnostics.ts";
import { evidenceDiagnostics } from "./evidence-rules.ts";
import { slugify } from "./slug.ts";
import { refOf, refParts, refsInText, SLUG } from "../markdown/id-grammar.ts";
import { loadSiteFile, SITE_FILE, type SiteOverrides } from "./site.ts";

export interface LoadOptions {
  /** The folder holding `claims/`, `sources/` and `data/`. */
  readonly root: string;
  /** `YYYY-MM-DD`; dates after it are errors. Defaults to today (UTC). */
  readonly today?: string;
  /** A folder of saved source texts: when given, excerpts are verified against them. */
  readonly archive?: string;
  /** Results of unchanged files from an earlier load of the same folder (the dev server's rebuilds). */
  readonly cache?: LoadCache;
  /** Deployment values for `url` and `pathPrefix` (SITE_URL, PATH_PREFIX), validated like the file's. */
  readonly siteOverrides?: SiteOverrides;
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

/**
 * The `.md` files of a content folder, sorted so results never depend on the
 * file system. A file that cannot be read, or is too large to read, is
 * reported and left out.
 */
async function readFolder(
  root: string,
  dir: string,
  diagnostics: Diagnostic[],
): Promise<{ readonly read: FileBytes[]; readonly listed: number }> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, dir))).filter((n) => n.endsWith(".md")).sort();
  } catch {
    return { read: [], listed: 0 };
  }
  const read = await Promise.all(
    names.map(async (name): Promise<FileBytes | Diagnostic> => {
      const file = `${dir}/${name}`;
      try {
        const { size } = await stat(path.join(root, file));
        return sizeProblem(file, size) ?? { file, bytes: await readFile(path.join(root, file)) };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a folder" : String((error as Error).message);
        return diagnostic("file-unreadable", file, START, `the file cannot be read: ${reason}`);
      }
    }),
  );
  diagnostics.push(...read.filter((r): r is Diagnostic => "code" in r));
  return { read: read.filter((r): r is FileBytes => "bytes" in r), listed: names.length };
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
  return diagnostic(
    "file-name",
    file,
    START,
    `"${path.basename(file)}" is not a valid file name for an id`,
    `rename it to \`${path.dirname(file)}/${slugify(id) || "a-descriptive-name"}.md\``,
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

interface ReadFile {
  readonly file: ContentFile;
  /** The front matter as written (after `normalise`), before validation. */
  readonly raw: Record<string, unknown>;
  /** False when the file name is not a valid id: the file is checked but never published. */
  readonly named: boolean;
}

/** Reads a file's front matter as a map of fields, collecting diagnostics. */
function readFields(
  input: FileBytes,
  diagnostics: Diagnostic[],
  normalise: (data: Record<string, unknown>) => void,
): ReadFile | undefined {
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
  const raw = frontMatter.data as Record<string, unknown>;
  normalise(raw);
  return { file: read.value, raw, named: nameProblem === undefined };
}

/** Validates read fields against `schema`; `skip` drops issues another rule already reported. */
function validate<T>(
  read: ReadFile,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
  skip: (issue: z.core.$ZodIssue) => boolean = () => false,
): { data: T | undefined; failed: ReadonlySet<PropertyKey> } {
  const result = schema.safeParse(read.raw);
  if (result.success) return { data: result.data, failed: new Set() };
  const issues = result.error.issues.filter((issue) => !skip(issue));
  diagnostics.push(...schemaDiagnostics(read.file.file, schema, read.file.frontMatter, issues));
  return { data: undefined, failed: new Set(result.error.issues.map((issue) => issue.path[0] ?? "")) };
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

/** Future dates among the fields that are otherwise valid (an invalid date is reported once, as invalid). */
function validFutureDates(read: ReadFile, fields: readonly YamlPath[], failed: ReadonlySet<PropertyKey>, today: string) {
  return futureDates(read.file, fields.filter((f) => !failed.has(f[0]!)), today);
}

/** The excerpt ids of a source as written, or undefined when some cannot be read. */
function writtenExcerptIds(raw: Record<string, unknown>): ReadonlySet<string> | undefined {
  const { excerpts } = raw;
  if (!Array.isArray(excerpts)) return undefined;
  const ids = excerpts.map((e: unknown) => (e !== null && typeof e === "object" ? (e as Record<string, unknown>).id : undefined));
  return ids.every((id): id is string => typeof id === "string") ? new Set(ids) : undefined;
}

function loadSource(
  input: FileBytes,
  today: string,
  diagnostics: Diagnostic[],
  positions: QuotePositions,
  citable: Map<string, CitableSource>,
): Source | undefined {
  const id = path.basename(input.file, ".md");
  const named = SLUG.test(id);
  if (named) citable.set(id, { excerptIds: undefined, loaded: false });
  const read = readFields(input, diagnostics, (data) => {
    // `published: 2018` is a YAML number; the contributor meant the year.
    if (typeof data.published === "number") data.published = String(data.published);
  });
  if (!read) return undefined;
  if (named) citable.set(id, { excerptIds: writtenExcerptIds(read.raw), loaded: false });
  const { data, failed } = validate(read, sourceSchema, diagnostics);
  diagnostics.push(...validFutureDates(read, [["published"]], failed, today));
  const file = read.file;
  const body = parseMarkdown(file.body);
  diagnostics.push(...bodyFindings(input.file, file.bodyLine, body));
  if (!data || !named) return undefined;
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
    const ref = refOf(id, excerpt.id);
    positions.set(ref, file.frontMatter.positionOf(["excerpts", i, "text"]));
    return Object.freeze({ ...excerpt, sourceId: id, ref });
  });
  citable.set(id, { excerptIds: new Set(excerpts.map((e) => e.id)), loaded: true });
  return Object.freeze({
    ...data,
    id,
    file: input.file,
    excerpts: Object.freeze(excerpts),
    bodyHtml: renderMarkdown(body),
  });
}

interface ClaimContext {
  readonly schema: ReturnType<typeof claimSchema>;
  readonly verdictIds: readonly string[];
  readonly registry: Registry;
  readonly today: string;
  readonly diagnostics: Diagnostic[];
  /** Tombstones found so far. */
  readonly withdrawn: WithdrawnClaim[];
}

/** Reads and checks one claim file as far as it soundly can, valid or not; tombstones go to `withdrawn`. */
function loadClaim(input: FileBytes, context: ClaimContext): ParsedClaim | undefined {
  const { diagnostics, today } = context;
  const read = readFields(input, diagnostics, (data) => {
    // YAML reads `verdict: false` as a boolean; the contributor meant the verdict.
    if (typeof data.verdict === "boolean") data.verdict = String(data.verdict);
  });
  if (!read) return undefined;
  const id = path.basename(input.file, ".md");
  // A file with `withdrawn:` is a tombstone and has its own, smaller schema.
  if ("withdrawn" in read.raw) {
    const { data, failed } = validate(read, withdrawnClaimSchema, diagnostics);
    diagnostics.push(...validFutureDates(read, [["published"], ["withdrawn", "date"]], failed, today));
    if (data && read.named) context.withdrawn.push(Object.freeze({ ...data, id, file: input.file }));
    return undefined;
  }
  const placeholder = read.raw.verdict === VERDICT_PLACEHOLDER;
  if (placeholder) {
    diagnostics.push(
      diagnostic(
        "verdict-placeholder",
        input.file,
        read.file.frontMatter.positionOf(["verdict"]),
        `the verdict is still the placeholder \`${VERDICT_PLACEHOLDER}\``,
        `replace it with one of: ${context.verdictIds.join(", ")} (see /methodology/ for what each means)`,
      ),
    );
  }
  const { data, failed } = validate(read, context.schema, diagnostics, (issue) => placeholder && issue.path[0] === "verdict");
  diagnostics.push(...validFutureDates(read, [["published"], ["reviewed"]], failed, today));
  if (data) {
    diagnostics.push(...verdictChangeDiagnostics(read.file, id, data, context.registry));
    diagnostics.push(...revisionDateDiagnostics(read.file, data));
  }
  return parseClaim(read.file, read.raw, read.named ? data : undefined, diagnostics);
}

/**
 * Every ref the claims make, valid claims or not: what counts as cited. A
 * claim file whose front matter cannot be read at all is searched as text,
 * so that its sources are not called uncited on top of its own error.
 */
function citedRefs(claims: readonly ParsedClaim[], claimFiles: readonly FileBytes[]): Set<string> {
  const cited = new Set<string>();
  for (const claim of claims) {
    const refs = claimReferences(claim.raw);
    for (const ref of [...refs.evidence, ...refs.appearances, ...claim.body.citations.map((c) => c.ref)]) {
      if (ref !== undefined) cited.add(ref);
    }
  }
  const parsed = new Set(claims.map((c) => c.content.file));
  for (const input of claimFiles) {
    if (parsed.has(input.file)) continue;
    for (const ref of refsInText(new TextDecoder().decode(input.bytes))) cited.add(ref);
  }
  return cited;
}

function uncitedWarnings(sources: readonly Source[], cited: ReadonlySet<string>, positions: QuotePositions): Diagnostic[] {
  const citedSources = new Set([...cited].map((ref) => refParts(ref).sourceId));
  const out: Diagnostic[] = [];
  for (const source of sources) {
    if (!citedSources.has(source.id)) {
      out.push(diagnostic("uncited-source", source.file, START, `no claim cites the source "${source.id}"`));
      continue;
    }
    for (const excerpt of source.excerpts) {
      if (!cited.has(excerpt.ref)) {
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
    (claim.data?.aliases ?? []).forEach((alias, i) => {
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
  const [siteText, verdicts, topics, sourceFolder, claimFolder, registry] = await Promise.all([
    readFile(path.join(root, SITE_FILE), "utf8").catch(() => undefined),
    loadList<Verdict>(root, VERDICTS_FILE, verdictSchema, diagnostics),
    loadList<Topic>(root, TOPICS_FILE, topicSchema, diagnostics),
    readFolder(root, SOURCES_DIR, diagnostics),
    readFolder(root, CLAIMS_DIR, diagnostics),
    readRegistry(root, diagnostics),
  ]);
  const site = loadSiteFile(siteText, options.siteOverrides);
  diagnostics.push(...site.diagnostics);
  const sourceFiles = sourceFolder.read;
  const claimFiles = claimFolder.read;

  const positions: QuotePositions = new Map();
  const citable = new Map<string, CitableSource>();
  keepOnly(options.cache, [...sourceFiles, ...claimFiles].map((f) => f.file));
  const sources = sourceFiles
    .map((input) =>
      guarded(input.file, diagnostics, () => {
        // The cache replays a file's result; what loadSource records about it for citations is part of that result.
        const loaded = remembered(options.cache, input, today, diagnostics, positions, (found, at) => {
          const own = new Map<string, CitableSource>();
          return { source: loadSource(input, today, found, at, own), citable: [...own] };
        });
        for (const [id, entry] of loaded.citable) citable.set(id, entry);
        return loaded.source;
      }),
    )
    .filter((s): s is Source => s !== undefined);
  if (options.archive !== undefined) diagnostics.push(...(await quoteDiagnostics(sources, options.archive, positions)));

  const verdictIds = verdicts.map((v) => v.id);
  const context: ClaimContext = {
    schema: claimSchema(
      verdictIds,
      topics.map((t) => t.id),
    ),
    verdictIds,
    registry,
    today,
    diagnostics,
    withdrawn: [],
  };
  // Everything besides the file's bytes that a claim's result depends on.
  const claimKey = JSON.stringify([today, verdictIds, topics.map((t) => t.id), [...registry.entries]]);
  const parsedClaims = claimFiles
    .map((input) =>
      guarded(input.file, diagnostics, () => {
        const loaded = remembered(options.cache, input, claimKey, diagnostics, positions, (found) => {
          const withdrawn: WithdrawnClaim[] = [];
          return { claim: loadClaim(input, { ...context, diagnostics: found, withdrawn }), tombstone: withdrawn[0] };
        });
        if (loaded.tombstone) context.withdrawn.push(loaded.tombstone);
        return loaded.claim;
      }),
    )
    .filter((c): c is ParsedClaim => c !== undefined);

  const fileIds = new Set(claimFiles.map((f) => path.basename(f.file, ".md")));
  diagnostics.push(...aliasDiagnostics(parsedClaims, fileIds));
  const answered = new Set([...fileIds, ...parsedClaims.flatMap((c) => c.data?.aliases ?? [])]);
  diagnostics.push(...missingRegisteredClaims(registry, answered));

  // `related` may name live claims only, not tombstones.
  const withdrawnIds = new Set(context.withdrawn.map((w) => w.id));
  const liveFiles = claimFiles.filter((f) => !withdrawnIds.has(path.basename(f.file, ".md")));
  const claims: Claim[] = resolveClaims(parsedClaims, citable, liveFiles, diagnostics);
  diagnostics.push(...urlCollisions(sourceFiles, claimFiles));
  const corpus = buildCorpus({ verdicts, topics, claims, sources, withdrawn: context.withdrawn, site: site.value });
  diagnostics.push(...evidenceDiagnostics(corpus));
  diagnostics.push(...uncitedWarnings(sources, citedRefs(parsedClaims, claimFiles), positions));
  const sorted = sortDiagnostics(diagnostics);
  return { corpus, diagnostics: sorted, ok: !hasErrors(sorted), files: sourceFolder.listed + claimFolder.listed };
}

/**
 * The loader: reads every file once, loads each with its pure per-file
 * loader (load-source, load-claim, load-list, site, registry), then checks
 * the references between files and builds the corpus graph. It never throws
 * on bad content: the result carries diagnostics, and `ok` is false when any
 * is an error.
 */
import { aliasCollisions } from "./aliases.ts";
import { concentrationDiagnostics } from "./balance.ts";
import { aliasDiagnostics } from "./claim-history.ts";
import { buildCorpus, type Corpus, type Source } from "./corpus.ts";
import { diagnostic, hasErrors, sortDiagnostics, START, type Checked, type Diagnostic } from "./diagnostic.ts";
import { evidenceDiagnostics } from "./evidence-rules.ts";
import { featuredDiagnostics } from "./featured.ts";
import { fileId, isTranslationFile } from "./file-fields.ts";
import { keepOnly, memoised, type LoadCache } from "./load-cache.ts";
import { topicSchema, verdictSchema } from "./list-schemas.ts";
import { claimRules, loadClaimFile } from "./load-claim.ts";
import { loadListFile } from "./load-list.ts";
import { loadSiteFile } from "./load-site.ts";
import { loadSourceFile, type SourceFile } from "./load-source.ts";
import { presentTenseDiagnostics } from "./present-tense.ts";
import { quoteDiagnostics } from "./quote-diagnostics.ts";
import { readFolder, readText, type FileBytes } from "./read-files.ts";
import { missingRegisteredClaims, readRegistry } from "./registry.ts";
import { resolveClaims, type ParsedClaim } from "./resolve.ts";
import { SITE_FILE } from "./site.ts";
import type { SiteOverrides } from "./site-overrides.ts";
import { loadTranslationFile, resolveTranslations } from "./translation.ts";
import { uncitedWarnings } from "./uncited.ts";
import { urlCollisions } from "./url-collisions.ts";
import { SLUG } from "../markdown/id-grammar.ts";

export interface LoadOptions {
  /** The folder holding `claims/`, `sources/` and `data/`. */
  readonly root: string;
  /** `YYYY-MM-DD`; dates after it are errors. Defaults to today (UTC). */
  readonly today?: string;
  /** A folder of saved source texts: when given, excerpts are verified against them. */
  readonly archive?: string;
  /** Results of unchanged files from an earlier load of the same folder (the dev server's rebuilds). */
  readonly cache?: LoadCache;
  /** Deployment values for `url`, `pathPrefix` and `repository` (SITE_URL, PATH_PREFIX, REPOSITORY_URL), validated like the file's. */
  readonly siteOverrides?: SiteOverrides;
  /** Warn about placeholder addresses in the site settings: a build for publication does. */
  readonly placeholders?: boolean;
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

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Each file's value from its loader, or from the cache when its bytes and
 * `context` are unchanged. A loader that throws (a bug, not bad content)
 * gives an `internal-error` on its file and the `failed` value.
 */
function loadEach<T>(
  files: readonly FileBytes[],
  cache: LoadCache | undefined,
  context: string,
  load: (input: FileBytes) => Checked<T>,
  failed: (input: FileBytes) => T,
): Checked<T[]> {
  const diagnostics: Diagnostic[] = [];
  const value = files.map((input) => {
    try {
      const result = memoised(cache, input, context, () => load(input));
      diagnostics.push(...result.diagnostics);
      return result.value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push(diagnostic("internal-error", input.file, START, `unexpected failure: ${message}`));
      return failed(input);
    }
  });
  return { value, diagnostics };
}

/** A source file whose loader failed counts as broken: claims citing it are not reported again. */
function failedSource(input: FileBytes): SourceFile {
  const id = fileId(input.file);
  const citable = SLUG.test(id) ? { excerptIds: undefined, loaded: false } : undefined;
  return { id, citable, source: undefined, positions: new Map() };
}

const present = <T>(value: T | undefined): value is T => value !== undefined;

/** Loads, validates and resolves the whole corpus under `root`. */
export async function loadCorpus(options: LoadOptions): Promise<LoadResult> {
  const { root, cache } = options;
  const today = options.today ?? todayUtc();
  const [siteText, verdictsText, topicsText, sourceFolder, claimFolder, registry] = await Promise.all([
    readText(root, SITE_FILE),
    readText(root, VERDICTS_FILE),
    readText(root, TOPICS_FILE),
    readFolder(root, SOURCES_DIR),
    readFolder(root, CLAIMS_DIR),
    readRegistry(root),
  ]);
  const site = loadSiteFile(siteText, options.siteOverrides, options.placeholders);
  const verdicts = loadListFile(VERDICTS_FILE, verdictsText, verdictSchema);
  const topics = loadListFile(TOPICS_FILE, topicsText, topicSchema);
  const diagnostics: Diagnostic[] = [site, verdicts, topics, sourceFolder, claimFolder, registry].flatMap((r) => r.diagnostics);
  const sourceFiles = sourceFolder.value.files;
  // Translations live beside their claims (`claims/<id>.zh-hans.md`) and load on their own.
  const claimFiles = claimFolder.value.files.filter((f) => !isTranslationFile(f.file));
  const translationFiles = claimFolder.value.files.filter((f) => isTranslationFile(f.file));
  keepOnly(cache, [...sourceFiles, ...claimFolder.value.files].map((f) => f.file));

  const sourceResults = loadEach(sourceFiles, cache, today, (input) => loadSourceFile(input, today), failedSource);
  diagnostics.push(...sourceResults.diagnostics);
  const sources: Source[] = sourceResults.value.map((s) => s.source).filter(present);
  const citable = new Map(sourceResults.value.flatMap((s) => (s.citable ? [[s.id, s.citable] as const] : [])));
  const positions = new Map(sourceResults.value.flatMap((s) => [...s.positions]));
  if (options.archive !== undefined) diagnostics.push(...(await quoteDiagnostics(sources, options.archive, positions)));

  const rules = claimRules(verdicts.value, topics.value, registry.value, today);
  const claimResults = loadEach(claimFiles, cache, rules.key, (input) => loadClaimFile(input, rules), () => ({
    parsed: undefined,
    withdrawn: undefined,
  }));
  diagnostics.push(...claimResults.diagnostics);
  const parsedClaims: ParsedClaim[] = claimResults.value.map((c) => c.parsed).filter(present);
  const withdrawn = claimResults.value.map((c) => c.withdrawn).filter(present);

  const fileIds = new Set(claimFiles.map((f) => fileId(f.file)));
  diagnostics.push(...aliasDiagnostics(parsedClaims, fileIds));
  const answered = new Set([...fileIds, ...parsedClaims.flatMap((c) => c.data?.aliases ?? [])]);
  diagnostics.push(...missingRegisteredClaims(registry.value, answered));

  // `related` may name live claims only, not tombstones.
  const withdrawnIds = new Set(withdrawn.map((w) => w.id));
  const liveFiles = claimFiles.filter((f) => !withdrawnIds.has(fileId(f.file)));
  const claims = resolveClaims(parsedClaims, citable, liveFiles);
  diagnostics.push(...featuredDiagnostics(site.value?.featured ?? [], site.featuredAt, new Set(liveFiles.map((f) => fileId(f.file))), withdrawnIds));
  diagnostics.push(...claims.diagnostics);
  diagnostics.push(...urlCollisions(sourceFiles, claimFiles));
  const translationResults = loadEach(translationFiles, cache, "translation", loadTranslationFile, () => undefined);
  diagnostics.push(...translationResults.diagnostics);
  const translations = resolveTranslations(
    translationResults.value.filter(present),
    new Map(parsedClaims.filter((c) => !withdrawnIds.has(c.id)).map((c) => [c.id, c])),
    new Map(claims.value.map((c) => [c.id, c])),
  );
  diagnostics.push(...translations.diagnostics);
  const corpus = buildCorpus({
    verdicts: verdicts.value,
    topics: topics.value,
    claims: claims.value,
    sources,
    withdrawn,
    translations: translations.value,
    site: site.value,
  });
  diagnostics.push(...evidenceDiagnostics(corpus));
  const sourceIds = new Set(sourceResults.value.map((s) => s.id));
  diagnostics.push(...aliasCollisions(sourceResults.value.map((s) => s.formerIds).filter(present), sourceIds, "sources"));
  diagnostics.push(...presentTenseDiagnostics(corpus));
  diagnostics.push(...concentrationDiagnostics(corpus));
  diagnostics.push(...uncitedWarnings(sources, parsedClaims, claimFiles, positions));
  const sorted = sortDiagnostics(diagnostics);
  return { corpus, diagnostics: sorted, ok: !hasErrors(sorted), files: sourceFolder.value.listed + claimFolder.value.listed };
}

/**
 * Claim translations, `claims/<id>.zh-hans.md` beside `claims/<id>.md`: the
 * per-file loader, the hash that ties a translation to the English it was
 * made from, and the checks against that English claim (it must exist, the
 * translation must be of its current text, and cite only its evidence).
 */
import { createHash } from "node:crypto";
import type { Claim, ClaimTranslation } from "./corpus.ts";
import { diagnostic, START, type Checked, type Diagnostic } from "./diagnostic.ts";
import { fileId, readFields, validate, type FileFields } from "./file-fields.ts";
import type { FileBytes } from "./read-files.ts";
import { claimReferences, type ParsedClaim } from "./resolve.ts";
import { claimTranslationSchema, type ClaimTranslationData } from "./schema.ts";
import { bodyFindings } from "./body-findings.ts";
import { parseMarkdown, renderMarkdown, type ParsedBody } from "../markdown/markdown.ts";

/** One translation file as far as it could be read. */
export interface ParsedTranslation {
  readonly id: string;
  readonly read: FileFields;
  /** Undefined when the schema rejected the fields. */
  readonly data: ClaimTranslationData | undefined;
  readonly body: ParsedBody;
}

/**
 * The hash a translation's `translatedFrom` records: the first 12 hex digits
 * of the SHA-256 of the English claim's translatable text as JSON, in this
 * order, `alsoKnownAs` [] when absent and the body trimmed. Translators
 * compute it with the same definition, so it must never change.
 */
export function translationHash(english: { claim: unknown; summary: unknown; alsoKnownAs?: unknown; body: string }): string {
  const payload = JSON.stringify({
    claim: english.claim,
    summary: english.summary,
    alsoKnownAs: english.alsoKnownAs ?? [],
    body: english.body.trim(),
  });
  return createHash("sha256").update(payload, "utf8").digest("hex").slice(0, 12);
}

/** The hash of a loaded English claim file's current text. */
export function englishHash(english: ParsedClaim): string {
  const { claim, summary, alsoKnownAs } = english.raw;
  return translationHash({ claim, summary, alsoKnownAs, body: english.content.body });
}

/** Loads one translation file: its fields checked and its body parsed. */
export function loadTranslationFile(input: FileBytes): Checked<ParsedTranslation | undefined> {
  const found: Diagnostic[] = [];
  const read = readFields(input, found, () => {});
  if (!read) return { value: undefined, diagnostics: found };
  const { data } = validate(read, claimTranslationSchema, found);
  const body = parseMarkdown(read.file.body);
  found.push(...bodyFindings(input.file, read.file.bodyLine, body));
  return { value: { id: fileId(input.file), read, data: read.named ? data : undefined, body }, diagnostics: found };
}

/**
 * Checks each translation against its English claim and resolves the valid
 * ones. `english` holds the live English claim files as parsed (valid or not);
 * `claims` the resolved ones, whose evidence numbers the translation's citations.
 */
export function resolveTranslations(
  translations: readonly ParsedTranslation[],
  english: ReadonlyMap<string, ParsedClaim>,
  claims: ReadonlyMap<string, Claim>,
): Checked<ClaimTranslation[]> {
  const diagnostics: Diagnostic[] = [];
  const value: ClaimTranslation[] = [];
  for (const t of translations) {
    const { file, frontMatter, bodyLine } = t.read.file;
    const original = english.get(t.id);
    if (original === undefined) {
      diagnostics.push(
        diagnostic(
          "translation-orphan",
          file,
          START,
          `no live English claim claims/${t.id}.md for this translation`,
          `rename the file to match its English claim, or delete it if that claim was removed or withdrawn`,
        ),
      );
      continue;
    }
    const before = diagnostics.filter((d) => d.severity === "error").length;
    const current = englishHash(original);
    const recorded = t.read.raw.translatedFrom;
    if (recorded === undefined) {
      diagnostics.push(
        diagnostic(
          "translation-hash-missing",
          file,
          frontMatter.positionOf([]),
          "`translatedFrom` is required: it records which English text this translates",
          `if the translation follows the current claims/${t.id}.md, add \`translatedFrom: "${current}"\``,
        ),
      );
    } else if (typeof recorded === "string" && recorded !== current && t.data !== undefined) {
      diagnostics.push(
        diagnostic(
          "translation-stale",
          file,
          frontMatter.positionOf(["translatedFrom"]),
          `claims/${t.id}.md changed after this translation (translatedFrom "${recorded}"; the English is now "${current}")`,
          `update the translation to the English (\`git log -p claims/${t.id}.md\` shows the change), then set \`translatedFrom: "${current}"\``,
        ),
      );
    }
    const evidence = new Set(claimReferences(original.raw).evidence);
    const reported = new Set<string>();
    for (const use of t.body.citations) {
      if (evidence.has(use.ref) || reported.has(use.ref)) continue;
      reported.add(use.ref);
      diagnostics.push(
        diagnostic(
          "translation-citation-not-in-evidence",
          file,
          { line: bodyLine + use.line, column: use.column },
          `the citation [@${use.ref}] is not in the evidence of claims/${t.id}.md`,
          "cite only what the English explanation cites, with the same markers",
        ),
      );
    }
    const claim = claims.get(t.id);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (t.data === undefined || recorded === undefined || claim === undefined || errors > before) continue;
    const anchors = new Map(claim.evidence.map((e) => [e.ref, { number: e.number, anchor: e.anchor }]));
    value.push(
      Object.freeze({
        claimId: t.id,
        language: "zh-hans" as const,
        file,
        claim: t.data.claim,
        summary: t.data.summary,
        alsoKnownAs: Object.freeze([...(t.data.alsoKnownAs ?? [])]),
        translatedFrom: t.data.translatedFrom!,
        current: t.data.translatedFrom === current,
        bodyHtml: renderMarkdown(t.body, anchors, "zh-hans"),
      }),
    );
  }
  return { value, diagnostics };
}

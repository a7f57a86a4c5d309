/**
 * Reference resolution for claims: evidence and inline citations must name
 * existing excerpts, inline citations must be listed in evidence, related
 * claims must exist. Also numbers the evidence by first use in the text.
 */
import { didYouMean } from "./closest.ts";
import type { ContentFile } from "./content-file.ts";
import { evidenceAnchor, type Claim, type EvidenceEntry } from "./corpus.ts";
import { diagnostic, type Checked, type Diagnostic, type Position } from "./diagnostic.ts";
import { fileId } from "./file-fields.ts";
import { presentStatements } from "./present-tense.ts";
import type { ClaimData } from "./schema.ts";
import { REF, refParts, SLUG } from "../markdown/id-grammar.ts";
import { renderMarkdown, type ParsedBody } from "../markdown/markdown.ts";

export interface ParsedClaim {
  readonly id: string;
  readonly content: ContentFile;
  /** The front matter as written: references are checked even when other fields are invalid. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The validated front matter; undefined when the schema rejected it (the claim is then only checked). */
  readonly data: ClaimData | undefined;
  readonly body: ParsedBody;
}

/** What claims may cite, by source id: every source file, loaded or broken. */
export type CitableIndex = ReadonlyMap<string, CitableSource>;

export interface CitableSource {
  /**
   * The excerpt ids as written, or undefined when a broken source's cannot be
   * read (its own diagnostics say why; refs into it are not reported twice).
   */
  readonly excerptIds: ReadonlySet<string> | undefined;
  /** False when the source failed its checks: claims citing it stay out of the corpus. */
  readonly loaded: boolean;
}

/** The references a claim's front matter makes, read item by item so one bad entry hides no other. */
export interface ClaimReferences {
  /** By evidence index; undefined where the entry has no well-formed `ref`. */
  readonly evidence: readonly (string | undefined)[];
  /** True when every evidence entry was readable, so a citation missing from it is a real omission. */
  readonly evidenceComplete: boolean;
  readonly related: readonly (string | undefined)[];
  readonly appearances: readonly (string | undefined)[];
}

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const refOf = (item: unknown): string | undefined => {
  const ref = item !== null && typeof item === "object" ? (item as Record<string, unknown>).ref : undefined;
  return typeof ref === "string" && REF.test(ref) ? ref : undefined;
};

export function claimReferences(raw: Readonly<Record<string, unknown>>): ClaimReferences {
  const evidence = listOf(raw.evidence).map(refOf);
  return {
    evidence,
    evidenceComplete: evidence.length > 0 && evidence.every((ref) => ref !== undefined),
    related: listOf(raw.related).map((id) => (typeof id === "string" && SLUG.test(id) ? id : undefined)),
    appearances: listOf(raw.appearances).map(refOf),
  };
}

/** Why a ref does not resolve, or undefined when it does (or cannot be judged). */
function refProblem(ref: string, sources: CitableIndex, file: string, at: Position): Diagnostic | undefined {
  const { sourceId, excerptId } = refParts(ref);
  if (!sources.has(sourceId)) {
    return diagnostic(
      "unknown-source",
      file,
      at,
      `no source "${sourceId}" in sources/${didYouMean(sourceId, sources.keys())}`,
    );
  }
  const excerptIds = sources.get(sourceId)?.excerptIds;
  if (excerptIds !== undefined && !excerptIds.has(excerptId)) {
    return diagnostic(
      "unknown-excerpt",
      file,
      at,
      `source "${sourceId}" has no excerpt "${excerptId}"${didYouMean(excerptId, excerptIds)}`,
      `its excerpts are: ${[...excerptIds].join(", ")}`,
    );
  }
  return undefined;
}

/** Evidence in citation order: first use in the text first, uncited entries after, in listed order. */
function numberEvidence(data: ClaimData, body: ParsedBody): EvidenceEntry[] {
  const uses = new Map<string, number>();
  for (const c of body.citations) uses.set(c.ref, (uses.get(c.ref) ?? 0) + 1);
  const firstUse = [...new Set(body.citations.map((c) => c.ref))];
  const listed = new Map(data.evidence.map((e) => [e.ref, e]));
  const order = [...firstUse.filter((ref) => listed.has(ref)), ...data.evidence.map((e) => e.ref).filter((ref) => !uses.has(ref))];
  return order.map((ref, i) => {
    const { sourceId, excerptId } = refParts(ref);
    const note = listed.get(ref)?.note;
    return Object.freeze({
      ref,
      sourceId,
      excerptId,
      ...(note === undefined ? {} : { note }),
      number: i + 1,
      anchor: evidenceAnchor(ref),
      uses: uses.get(ref) ?? 0,
    });
  });
}

function resolveOne(
  parsed: ParsedClaim,
  sources: CitableIndex,
  claimIds: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): Claim | undefined {
  const { content, data, body, id } = parsed;
  const file = content.file;
  const fm = content.frontMatter;
  const before = diagnostics.length;
  const refs = claimReferences(parsed.raw);

  const seen = new Set<string>();
  let evidenceResolves = refs.evidenceComplete;
  refs.evidence.forEach((ref, i) => {
    if (ref === undefined) return;
    const at = fm.positionOf(["evidence", i, "ref"]);
    if (seen.has(ref)) {
      diagnostics.push(diagnostic("duplicate-evidence", file, at, `"${ref}" is listed twice in \`evidence\``));
    }
    seen.add(ref);
    const problem = refProblem(ref, sources, file, at);
    if (problem) {
      diagnostics.push(problem);
      evidenceResolves = false;
    }
  });

  // A citation missing from `evidence` is only reported when every entry is readable and
  // resolves: otherwise the broken entry is most likely the one it meant, already reported.
  const reported = new Set<string>();
  for (const use of body.citations) {
    if (seen.has(use.ref) || reported.has(use.ref)) continue;
    reported.add(use.ref);
    const at = { line: content.bodyLine + use.line, column: use.column };
    const problem = refProblem(use.ref, sources, file, at);
    if (problem) diagnostics.push(problem);
    else if (evidenceResolves) {
      diagnostics.push(
        diagnostic(
          "citation-not-in-evidence",
          file,
          at,
          `the citation [@${use.ref}] is not listed in \`evidence\``,
          `add \`- ref: ${use.ref}\` to \`evidence\``,
        ),
      );
    }
  }

  refs.related.forEach((relatedId, i) => {
    if (relatedId === undefined) return;
    const at = fm.positionOf(["related", i]);
    if (relatedId === id) {
      diagnostics.push(diagnostic("self-reference", file, at, `the claim lists itself in \`related\``));
    } else if (!claimIds.has(relatedId)) {
      diagnostics.push(
        diagnostic("unknown-claim", file, at, `no claim "${relatedId}" in claims/${didYouMean(relatedId, claimIds)}`),
      );
    }
  });

  refs.appearances.forEach((ref, i) => {
    if (ref === undefined) return;
    const problem = refProblem(ref, sources, file, fm.positionOf(["appearances", i, "ref"]));
    if (problem) diagnostics.push(problem);
  });

  if (data === undefined || diagnostics.length > before) return undefined;
  if (!data.evidence.every((e) => sources.get(refParts(e.ref).sourceId)?.loaded)) return undefined;
  const evidence = numberEvidence(data, body);
  const anchors = new Map(evidence.map((e) => [e.ref, { number: e.number, anchor: e.anchor }]));
  return Object.freeze({
    ...data,
    id,
    file,
    evidence: Object.freeze(evidence),
    related: Object.freeze([...(data.related ?? [])]),
    alsoKnownAs: Object.freeze([...(data.alsoKnownAs ?? [])]),
    appearances: Object.freeze([...(data.appearances ?? [])]),
    topics: Object.freeze([...data.topics]),
    aliases: Object.freeze([...(data.aliases ?? [])]),
    revisions: Object.freeze([...(data.revisions ?? [])]),
    bodyHtml: renderMarkdown(body, anchors),
    presentTense: Object.freeze(presentStatements(body).map((s) => ({ ...s, line: content.bodyLine + s.line }))),
  });
}

/**
 * Checks every parsed claim's references and resolves the valid ones; claims
 * that are invalid or have unresolved references are reported and left out.
 * `claimFiles` are the files of live claims: what `related` may name.
 */
export function resolveClaims(
  parsed: readonly ParsedClaim[],
  sources: CitableIndex,
  claimFiles: readonly { readonly file: string }[],
): Checked<Claim[]> {
  const claimIds = new Set(claimFiles.map((f) => fileId(f.file)));
  const diagnostics: Diagnostic[] = [];
  const claims = parsed
    .map((p) => resolveOne(p, sources, claimIds, diagnostics))
    .filter((c): c is Claim => c !== undefined);
  return { value: claims, diagnostics };
}

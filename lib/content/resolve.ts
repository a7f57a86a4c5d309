/**
 * Reference resolution for claims: evidence and inline citations must name
 * existing excerpts, inline citations must be listed in evidence, related
 * claims must exist. Also numbers the evidence by first use in the text.
 */
import path from "node:path";
import { didYouMean } from "./closest.ts";
import type { ContentFile } from "./content-file.ts";
import { evidenceAnchor, type Claim, type EvidenceEntry, type Source } from "./corpus.ts";
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";
import { bodyFindings } from "./body-findings.ts";
import type { ClaimData } from "./schema.ts";
import { parseMarkdown, renderMarkdown, type ParsedBody } from "../markdown/markdown.ts";

export interface ParsedClaim {
  readonly id: string;
  readonly content: ContentFile;
  readonly data: ClaimData;
  readonly body: ParsedBody;
}

export function parseClaim(content: ContentFile, data: ClaimData, diagnostics: Diagnostic[]): ParsedClaim {
  const body = parseMarkdown(content.body);
  diagnostics.push(...bodyFindings(content.file, content.bodyLine, body));
  return { id: path.basename(content.file, ".md"), content, data, body };
}

type ExcerptIndex = ReadonlyMap<string, { readonly source: Source; readonly excerptIds: ReadonlySet<string> }>;

/** Why a ref does not resolve, or undefined when it does. */
function refProblem(ref: string, sources: ExcerptIndex, file: string, at: Position): Diagnostic | undefined {
  const [sourceId = "", excerptId = ""] = ref.split("#");
  const source = sources.get(sourceId);
  if (!source) {
    return diagnostic(
      "unknown-source",
      file,
      at,
      `no source "${sourceId}" in sources/${didYouMean(sourceId, sources.keys())}`,
    );
  }
  if (!source.excerptIds.has(excerptId)) {
    return diagnostic(
      "unknown-excerpt",
      file,
      at,
      `source "${sourceId}" has no excerpt "${excerptId}"${didYouMean(excerptId, source.excerptIds)}`,
      `its excerpts are: ${[...source.excerptIds].join(", ")}`,
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
    const [sourceId = "", excerptId = ""] = ref.split("#");
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
  sources: ExcerptIndex,
  claimIds: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): Claim | undefined {
  const { content, data, body, id } = parsed;
  const file = content.file;
  const fm = content.frontMatter;
  const before = diagnostics.length;

  const seen = new Set<string>();
  data.evidence.forEach((entry, i) => {
    const at = fm.positionOf(["evidence", i, "ref"]);
    if (seen.has(entry.ref)) {
      diagnostics.push(diagnostic("duplicate-evidence", file, at, `"${entry.ref}" is listed twice in \`evidence\``));
    }
    seen.add(entry.ref);
    const problem = refProblem(entry.ref, sources, file, at);
    if (problem) diagnostics.push(problem);
  });

  const reported = new Set<string>();
  for (const use of body.citations) {
    if (seen.has(use.ref) || reported.has(use.ref)) continue;
    reported.add(use.ref);
    const at = { line: content.bodyLine + use.line, column: use.column };
    const problem = refProblem(use.ref, sources, file, at);
    diagnostics.push(
      problem ??
        diagnostic(
          "citation-not-in-evidence",
          file,
          at,
          `the citation [@${use.ref}] is not listed in \`evidence\``,
          `add \`- ref: ${use.ref}\` to \`evidence\``,
        ),
    );
  }

  (data.related ?? []).forEach((relatedId, i) => {
    const at = fm.positionOf(["related", i]);
    if (relatedId === id) {
      diagnostics.push(diagnostic("self-reference", file, at, `the claim lists itself in \`related\``));
    } else if (!claimIds.has(relatedId)) {
      diagnostics.push(
        diagnostic("unknown-claim", file, at, `no claim "${relatedId}" in claims/${didYouMean(relatedId, claimIds)}`),
      );
    }
  });

  (data.appearances ?? []).forEach((appearance, i) => {
    if (appearance.ref === undefined) return;
    const problem = refProblem(appearance.ref, sources, file, fm.positionOf(["appearances", i, "ref"]));
    if (problem) diagnostics.push(problem);
  });

  if (diagnostics.length > before) return undefined;
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
  });
}

/** Resolves every parsed claim; claims with unresolved references are reported and left out. */
export function resolveClaims(
  parsed: readonly ParsedClaim[],
  sources: readonly Source[],
  claimFiles: readonly { readonly file: string }[],
  diagnostics: Diagnostic[],
): Claim[] {
  const index: ExcerptIndex = new Map(
    sources.map((s) => [s.id, { source: s, excerptIds: new Set(s.excerpts.map((e) => e.id)) }]),
  );
  const claimIds = new Set(claimFiles.map((f) => path.basename(f.file, ".md")));
  return parsed
    .map((p) => resolveOne(p, index, claimIds, diagnostics))
    .filter((c): c is Claim => c !== undefined);
}

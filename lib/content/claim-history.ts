/**
 * Rules about a claim's life after publication: a changed verdict is
 * recorded, revisions fall between publication and the last review, and a
 * former id (alias) belongs to one claim and to no current one.
 */
import { aliasCollisions } from "./aliases.ts";
import type { ContentFile } from "./content-file.ts";
import { diagnostic, type Diagnostic } from "./diagnostic.ts";
import { registeredVerdict, type Registry } from "./registry.ts";
import type { ParsedClaim } from "./resolve.ts";
import type { ClaimData } from "./schema.ts";

/** A verdict that differs from the registered one needs a revision recording that change. */
export function verdictChangeDiagnostics(file: ContentFile, id: string, data: ClaimData, registry: Registry): Diagnostic[] {
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
export function revisionDateDiagnostics(file: ContentFile, data: ClaimData): Diagnostic[] {
  return (data.revisions ?? []).flatMap((r, i) => {
    if (r.date >= data.published && r.date <= data.reviewed) return [];
    const when = r.date < data.published ? `before the claim was published (${data.published})` : `after \`reviewed\` (${data.reviewed})`;
    return [diagnostic("revision-date", file.file, file.frontMatter.positionOf(["revisions", i, "date"]), `revision ${i + 1} is dated ${r.date}, ${when}`)];
  });
}

/** Aliases may not be a current claim's id, nor belong to two claims. */
export function aliasDiagnostics(parsed: readonly ParsedClaim[], takenIds: ReadonlySet<string>): Diagnostic[] {
  const owners = parsed.map((claim) => ({
    id: claim.id,
    file: claim.content.file,
    aliases: (claim.data?.aliases ?? []).map((alias, i) => ({ alias, at: claim.content.frontMatter.positionOf(["aliases", i]) })),
  }));
  return aliasCollisions(owners, takenIds, "claims");
}

/** The home page's `featured` claims (data/site.yaml) must be live claims, each named once. */
import { didYouMean } from "./closest.ts";
import { diagnostic, type Diagnostic, type Position } from "./diagnostic.ts";
import { SITE_FILE } from "./site.ts";

/**
 * `featured` ids checked against the claims: `liveIds` are the files of
 * claims that are not withdrawn, `withdrawnIds` the tombstones.
 */
export function featuredDiagnostics(
  featured: readonly string[],
  at: readonly Position[],
  liveIds: ReadonlySet<string>,
  withdrawnIds: ReadonlySet<string>,
): Diagnostic[] {
  const seen = new Set<string>();
  return featured.flatMap((id, i): Diagnostic[] => {
    const where = at[i]!;
    if (seen.has(id)) return [diagnostic("duplicate-id", SITE_FILE, where, `\`featured\` lists "${id}" twice`, "list each claim once")];
    seen.add(id);
    if (liveIds.has(id)) return [];
    if (withdrawnIds.has(id)) {
      return [diagnostic("unknown-claim", SITE_FILE, where, `\`featured\` names "${id}", which was withdrawn`, "feature a claim that is not withdrawn")];
    }
    return [diagnostic("unknown-claim", SITE_FILE, where, `\`featured\` names no claim "${id}" in claims/${didYouMean(id, liveIds)}`)];
  });
}

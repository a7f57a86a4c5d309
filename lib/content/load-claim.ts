/**
 * Loads one claim file, from its bytes and the rules it is checked against
 * (the verdict scale, the topics, the registry, today): its fields checked
 * and its body parsed, or its tombstone when it was withdrawn. References to
 * other files are checked later, over every loaded file (resolve.ts).
 */
import type { WithdrawnClaim } from "./corpus.ts";
import { diagnostic, type Checked, type Diagnostic } from "./diagnostic.ts";
import { fileId, futureDates, readFields, validate } from "./file-fields.ts";
import { revisionDateDiagnostics, verdictChangeDiagnostics } from "./claim-history.ts";
import type { FileBytes } from "./read-files.ts";
import type { Registry } from "./registry.ts";
import type { ParsedClaim } from "./resolve.ts";
import type { TopicData, VerdictData } from "./list-schemas.ts";
import { claimSchema, VERDICT_PLACEHOLDER, withdrawnClaimSchema } from "./schema.ts";
import { bodyFindings } from "./body-findings.ts";
import { parseMarkdown } from "../markdown/markdown.ts";

/** Everything besides its bytes that a claim file's result depends on. */
export interface ClaimRules {
  readonly schema: ReturnType<typeof claimSchema>;
  readonly verdictIds: readonly string[];
  readonly registry: Registry;
  readonly today: string;
  /** The rules as one string: equal keys give equal results for equal bytes (the load cache's key). */
  readonly key: string;
}

export function claimRules(verdicts: readonly VerdictData[], topics: readonly TopicData[], registry: Registry, today: string): ClaimRules {
  const verdictIds = verdicts.map((v) => v.id);
  const topicIds = topics.map((t) => t.id);
  return {
    schema: claimSchema(verdictIds, topicIds),
    verdictIds,
    registry,
    today,
    key: JSON.stringify([today, verdictIds, topicIds, [...registry.entries]]),
  };
}

export interface ClaimFile {
  /** The claim as far as it could be read, valid or not (undefined for a tombstone or unreadable file). */
  readonly parsed: ParsedClaim | undefined;
  /** The tombstone, when the file is one and is valid. */
  readonly withdrawn: WithdrawnClaim | undefined;
}

function verdictAsText(fields: Record<string, unknown>, key: string): void {
  if (typeof fields[key] === "boolean") fields[key] = String(fields[key]);
}

/** Loads one claim file as far as it soundly can, valid or not. */
export function loadClaimFile(input: FileBytes, rules: ClaimRules): Checked<ClaimFile> {
  const found: Diagnostic[] = [];
  const result = (value: Partial<ClaimFile>): Checked<ClaimFile> => ({
    value: { parsed: value.parsed, withdrawn: value.withdrawn },
    diagnostics: found,
  });
  const read = readFields(input, found, (data) => {
    // YAML reads `verdict: false` as a boolean; the contributor meant the verdict, here and in revisions.
    verdictAsText(data, "verdict");
    if (Array.isArray(data.revisions)) {
      for (const revision of data.revisions) {
        const change = revision?.verdict;
        if (change !== null && typeof change === "object") for (const end of ["from", "to"]) verdictAsText(change, end);
      }
    }
  });
  if (!read) return result({});
  const id = fileId(input.file);
  // A file with `withdrawn:` is a tombstone and has its own, smaller schema.
  if ("withdrawn" in read.raw) {
    const { data, failed } = validate(read, withdrawnClaimSchema, found);
    found.push(...futureDates(read, [["published"], ["withdrawn", "date"]], failed, rules.today));
    return result({ withdrawn: data && read.named ? Object.freeze({ ...data, id, file: input.file }) : undefined });
  }
  const placeholder = read.raw.verdict === VERDICT_PLACEHOLDER;
  if (placeholder) {
    found.push(
      diagnostic(
        "verdict-placeholder",
        input.file,
        read.file.frontMatter.positionOf(["verdict"]),
        `the verdict is still the placeholder \`${VERDICT_PLACEHOLDER}\``,
        `replace it with one of: ${rules.verdictIds.join(", ")} (see /methodology/ for what each means)`,
      ),
    );
  }
  const { data, failed } = validate(read, rules.schema, found, (issue) => placeholder && issue.path[0] === "verdict");
  found.push(...futureDates(read, [["published"], ["reviewed"]], failed, rules.today));
  if (data) {
    found.push(...verdictChangeDiagnostics(read.file, id, data, rules.registry));
    found.push(...revisionDateDiagnostics(read.file, data));
  }
  const body = parseMarkdown(read.file.body);
  found.push(...bodyFindings(input.file, read.file.bodyLine, body));
  return result({ parsed: { id, content: read.file, raw: read.raw, data: read.named ? data : undefined, body } });
}

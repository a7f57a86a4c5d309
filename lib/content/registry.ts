/**
 * The registry of published claims (published.json at the content root):
 * every claim id ever published, with its current verdict, so that no address
 * silently disappears and no verdict silently changes. `npm run registry`
 * writes it; the loader checks the content against it. A content root
 * without the file has an empty registry.
 */
import { z } from "zod";
import type { Corpus } from "./corpus.ts";
import { diagnostic, START, type Checked, type Diagnostic, type Position } from "./diagnostic.ts";
import { readText } from "./read-files.ts";
import { SLUG } from "../markdown/id-grammar.ts";

export const REGISTRY_FILE = "published.json";

const entrySchema = z.union([
  z.strictObject({ verdict: z.string().min(1), published: z.string() }),
  /** A former id: the claim now lives at `movedTo`. */
  z.strictObject({ movedTo: z.string().regex(SLUG) }),
  /** Withdrawn on this date; a tombstone page keeps the address. */
  z.strictObject({ withdrawn: z.string() }),
]);
const registrySchema = z.strictObject({ claims: z.record(z.string().regex(SLUG), entrySchema) });

export type RegistryEntry = z.infer<typeof entrySchema>;

export interface Registry {
  readonly entries: ReadonlyMap<string, RegistryEntry>;
  /** Where an id's entry is in published.json, for diagnostics. */
  positionOf(id: string): Position;
}

const EMPTY_REGISTRY: Registry = { entries: new Map(), positionOf: () => START };

/** Reads published.json under `root`; a missing file is an empty registry, a broken one a diagnostic. */
export async function readRegistry(root: string): Promise<Checked<Registry>> {
  return loadRegistryFile(await readText(root, REGISTRY_FILE));
}

/** The registry from the text of published.json; `text` is undefined when there is no file (an empty registry). */
export function loadRegistryFile(text: string | undefined): Checked<Registry> {
  if (text === undefined) return { value: EMPTY_REGISTRY, diagnostics: [] };
  const invalid = (message: string): Checked<Registry> => ({
    value: EMPTY_REGISTRY,
    diagnostics: [diagnostic("registry-invalid", REGISTRY_FILE, START, message)],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return invalid(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = registrySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return invalid(`at ${issue.path.join(".") || "the top"}: ${issue.message}`);
  }
  const lines = text.split("\n");
  const registry: Registry = {
    entries: new Map(Object.entries(parsed.data.claims)),
    positionOf(id) {
      const key = `${JSON.stringify(id)}:`;
      const line = lines.findIndex((l) => l.includes(key));
      return line < 0 ? START : { line: line + 1, column: lines[line]!.indexOf(key) + 1 };
    },
  };
  return { value: registry, diagnostics: [] };
}

/** The verdict a registered id was last published with, if it is a live claim's entry. */
export function registeredVerdict(registry: Registry, id: string): string | undefined {
  const entry = registry.entries.get(id);
  return entry !== undefined && "verdict" in entry ? entry.verdict : undefined;
}

/**
 * Registered ids that nothing answers for: no claim file, no tombstone, and
 * no claim that lists the id among its aliases.
 */
export function missingRegisteredClaims(registry: Registry, answered: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const id of registry.entries.keys()) {
    if (answered.has(id)) continue;
    out.push(
      diagnostic(
        "registered-claim-missing",
        REGISTRY_FILE,
        registry.positionOf(id),
        `the published claim "${id}" has no file in claims/, no tombstone, and no claim lists it in \`aliases\``,
      ),
    );
  }
  return out;
}

/**
 * The registry after this corpus is published: every id ever registered is
 * kept; live claims record their verdict, aliases where they moved, tombstones
 * their withdrawal date. Keys are sorted so the file only changes with content.
 */
export function nextRegistry(previous: Registry, corpus: Corpus): { claims: Record<string, RegistryEntry> } {
  const entries = new Map(previous.entries);
  for (const claim of corpus.claims) {
    entries.set(claim.id, { verdict: claim.verdict, published: claim.published });
    for (const alias of claim.aliases) entries.set(alias, { movedTo: claim.id });
  }
  for (const tombstone of corpus.withdrawn) entries.set(tombstone.id, { withdrawn: tombstone.withdrawn.date });
  const claims: Record<string, RegistryEntry> = {};
  for (const id of [...entries.keys()].sort()) claims[id] = entries.get(id)!;
  return { claims };
}

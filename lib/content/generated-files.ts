/**
 * Files in the repository that are generated from code: the JSON Schemas and
 * the checker-message list in CONTRIBUTING.md. `npm run generate` writes them;
 * a test fails when a committed copy differs from what this produces.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { withCodeList } from "./code-list.ts";
import { contentSchemaFiles } from "./json-schemas.ts";
import { loadCorpus } from "./load.ts";

export const CONTRIBUTING = "CONTRIBUTING.md";

/** Path (relative to `root`) → the content it should have. */
export async function generatedFiles(root: string): Promise<Record<string, string>> {
  const { corpus } = await loadCorpus({ root });
  const guide = await readFile(path.join(root, CONTRIBUTING), "utf8");
  return {
    ...contentSchemaFiles(
      corpus.verdicts.map((v) => v.id),
      corpus.topics.map((t) => t.id),
    ),
    [CONTRIBUTING]: withCodeList(guide),
  };
}

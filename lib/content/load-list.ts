/**
 * Loads a data file that is a YAML list of items with ids (the verdict scale,
 * the topics), from its text alone, validated item by item.
 */
import { z } from "zod";
import { parseYaml } from "./front-matter.ts";
import { diagnostic, START, type Checked, type Diagnostic } from "./diagnostic.ts";
import { schemaDiagnostics } from "./schema-diagnostics.ts";

/** The items of `file`, or none when the file is missing or invalid. `text` is undefined when the file is missing. */
export function loadListFile<T extends { id: string }>(file: string, text: string | undefined, schema: z.ZodType<T>): Checked<readonly T[]> {
  if (text === undefined) {
    return { value: [], diagnostics: [diagnostic("missing-field", file, START, `${file} is missing`, "restore the file from the repository")] };
  }
  const parsed = parseYaml(file, text, 0);
  if ("error" in parsed) return { value: [], diagnostics: [parsed.error] };
  const list = z.array(schema);
  const result = list.safeParse(parsed.frontMatter.data);
  if (!result.success) {
    return { value: [], diagnostics: schemaDiagnostics(file, list, parsed.frontMatter, result.error.issues) };
  }
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  result.data.forEach((item, i) => {
    if (seen.has(item.id)) {
      diagnostics.push(diagnostic("duplicate-id", file, parsed.frontMatter.positionOf([i, "id"]), `the id "${item.id}" appears twice`));
    }
    seen.add(item.id);
  });
  return { value: result.data, diagnostics };
}

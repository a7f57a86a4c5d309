/**
 * The fast path of front-matter.ts: YAML data without positions, read by
 * js-yaml with the scalar types the `yaml` package reads, so that the two
 * paths agree about every value.
 */
import jsYaml from "js-yaml";

/**
 * YAML 1.2's integers as the `yaml` package reads them (decimal, `0o` octal,
 * `0x` hex): js-yaml's own also reads `0b` binary and signed hex, which would
 * make the two paths disagree about a value.
 */
const YAML_12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
// js-yaml exports its scalar types as `types`; @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as { types: Record<"null" | "bool" | "float", jsYaml.Type> };
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    types.null,
    types.bool,
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (text: string | null) => text !== null && YAML_12_INT.test(text),
      construct: (text: string) =>
        text.startsWith("0o") ? Number.parseInt(text.slice(2), 8) : text.startsWith("0x") ? Number.parseInt(text.slice(2), 16) : Number.parseInt(text, 10),
      predicate: (value: unknown) => Number.isInteger(value),
    }),
    types.float,
  ],
});
/** Anchors and aliases go the `yaml` way, which limits how far aliases expand. */
const ANCHOR_OR_ALIAS = /[&*]/;

/** The data of YAML text that needs nothing but js-yaml; undefined when the `yaml` path must read it. */
export function fastData(source: string): { data: unknown } | undefined {
  if (ANCHOR_OR_ALIAS.test(source)) return undefined;
  try {
    // js-yaml gives undefined for an empty document, `yaml` null.
    return { data: jsYaml.load(source, { schema: FAST_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

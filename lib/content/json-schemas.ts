/**
 * JSON Schemas of the content model, generated from the zod schemas so that
 * editors can complete and check front matter as it is typed. The checker
 * stays the authority: rules that need the whole corpus (references,
 * duplicates) or code (real dates, `url` or `readAt`) are not in a JSON Schema.
 */
import { z } from "zod";
import { claimSchema, claimTranslationSchema, sourceSchema, withdrawnClaimSchema } from "./schema.ts";

export const SCHEMA_FILES = {
  claim: "schemas/claim.schema.json",
  source: "schemas/source.schema.json",
  translation: "schemas/claim-translation.schema.json",
} as const;

function jsonSchema(schema: z.ZodType, title: string, description: string): object {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return { $schema, title, description, ...rest };
}

/** The schemas, as the text of their files. Verdict and topic ids come from data/. */
export function contentSchemaFiles(verdictIds: readonly string[], topicIds: readonly string[]): Record<string, string> {
  const generated = "Generated from lib/content/schema.ts by `npm run generate`; do not edit.";
  const schemas = {
    [SCHEMA_FILES.claim]: jsonSchema(
      // A claim file is a claim, or the tombstone of a withdrawn one.
      z.union([claimSchema(verdictIds, topicIds), withdrawnClaimSchema]),
      "Claim front matter",
      `The front matter of a file in claims/. ${generated}`,
    ),
    [SCHEMA_FILES.source]: jsonSchema(sourceSchema, "Source front matter", `The front matter of a file in sources/. ${generated}`),
    [SCHEMA_FILES.translation]: jsonSchema(
      claimTranslationSchema,
      "Claim translation front matter",
      `The front matter of a translation claims/<id>.zh-hans.md. ${generated}`,
    ),
  };
  return Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, `${JSON.stringify(schema, null, 2)}\n`]));
}

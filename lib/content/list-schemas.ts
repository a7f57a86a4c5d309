/**
 * The data files editors keep beside the content: the verdict scale
 * (data/verdicts.yaml) and the topics (data/topics.yaml), each a list that
 * load-list.ts checks like any content file.
 */
import { z } from "zod";
import { slug, text } from "./schema-fields.ts";


/** The longest one-line definition of a verdict: it sits beside the verdict on a phone's first screen. */
const MAX_VERDICT_SHORT_CHARS = 90;

/** The verdict as the Chinese pages name and explain it. */
const verdictZhSchema = z.strictObject({
  label: text,
  short: text.max(MAX_VERDICT_SHORT_CHARS),
  definition: text,
});

export const verdictSchema = z.strictObject({
  id: slug,
  label: text,
  rating: z.number().int().min(0),
  /** The verdict in one line, shown beside it on a claim page. */
  short: text.max(MAX_VERDICT_SHORT_CHARS),
  definition: text,
  "zh-hans": verdictZhSchema,
  /** How many independent sources a claim with this verdict must rest on. */
  minIndependentSources: z.number().int().min(1).optional(),
});

export const topicSchema = z.strictObject({
  id: slug,
  label: text,
  description: text,
  /** The topic as the Chinese pages name and describe it. */
  "zh-hans": z.strictObject({ label: text, description: text }),
});

export type VerdictData = z.infer<typeof verdictSchema>;
export type TopicData = z.infer<typeof topicSchema>;

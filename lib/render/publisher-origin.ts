/**
 * How a source's publisher is known when the text read does not show it, in
 * plain words: beside the publisher's name on the site, and as a trailing
 * note in its citations. Never inside the name, which reference managers
 * save as the publisher.
 */
import type { SourceData } from "../content/schema.ts";

type PublisherFrom = NonNullable<SourceData["publisherFrom"]>;

/** Shown after the name ("Foreign Policy (commonly attributed; the text we read does not name it)"). */
export const PUBLISHER_ORIGINS = {
  "copy-credit": "as credited in the copy we read",
  attribution: "commonly attributed; the text we read does not name it",
  inference: "inferred by the editors; the text we read does not name it",
} as const satisfies Record<PublisherFrom, string>;

/** The same, as a sentence closing a reference ("… Foreign Policy. Publisher not named in the text; commonly attributed."). */
export const PUBLISHER_NOTES = {
  "copy-credit": "Publisher as credited in a copy.",
  attribution: "Publisher not named in the text; commonly attributed.",
  inference: "Publisher not named in the text; inferred.",
} as const satisfies Record<PublisherFrom, string>;

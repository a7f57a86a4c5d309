/**
 * The id and reference grammar, derived from one slug pattern: ids are slugs,
 * a ref is `source-id#excerpt-id`, an inline citation is `[@ref]` or
 * `[@ref; @ref]`. It lives here, in the lowest layer, because the citation
 * parser in lib/markdown and the content schema and loader in lib/content
 * must agree on it, and lib/markdown may not import lib/content.
 */

const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
const REF_PATTERN = `${SLUG_PATTERN}#${SLUG_PATTERN}`;

/** Lower-case words joined by single hyphens: safe in URLs, anchors and file names, and never containing `--`. */
export const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

/** An id in parentheses, as plain text names another entry: "(mainly-about-individuals)". */
export const ID_IN_PARENTHESES = new RegExp(`\\((${SLUG_PATTERN})\\)`, "g");

/** `source-id#excerpt-id`: how a claim cites an excerpt. */
export const REF = new RegExp(`^${REF_PATTERN}$`);

/** One item of an inline citation, `@source-id#excerpt-id`; group 1 is the ref. */
export const CITATION_ITEM = new RegExp(`^@(${REF_PATTERN})$`);

/** What separates the items of a citation group: `[@a#x; @b#y]`. */
export const CITATION_SEPARATOR = ";";

/** The ref of an excerpt. */
export function refOf(sourceId: string, excerptId: string): string {
  return `${sourceId}#${excerptId}`;
}

/** The two ids of a valid ref; slugs contain no `#`, so the split is exact. */
export function refParts(ref: string): { readonly sourceId: string; readonly excerptId: string } {
  const [sourceId = "", excerptId = ""] = ref.split("#");
  return { sourceId, excerptId };
}

/** Every ref written anywhere in `text`, in order: for files too broken to parse. */
export function refsInText(text: string): string[] {
  return [...text.matchAll(new RegExp(REF_PATTERN, "g"))].map((m) => m[0]);
}

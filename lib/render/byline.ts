/** How a source's credits read on a page: "State Council of the PRC and Rogier Creemers (translator)". */
import { authorName } from "../content/authors.ts";
import type { Author } from "../content/schema.ts";

/** "A, B and C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The credits a source shows, each with its role when it has one; empty when none is shown. */
export function bylineText(authors: readonly Author[]): string {
  return listText(authors.map((a) => (a.role === undefined ? authorName(a) : `${authorName(a)} (${a.role})`)));
}

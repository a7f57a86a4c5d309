/** The downloadable offline copy: its name and date come from the content, never the clock. */
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { slugify } from "../content/slug.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import { siteUrls } from "./urls.ts";

export interface OfflineCopy {
  readonly fileName: string;
  readonly href: string;
  /** The newest publication or review date in the corpus. */
  readonly date: DisplayDate;
  /** Printed in the page until the zip step, which knows the size, replaces it. */
  readonly sizePlaceholder: string;
}

export const OFFLINE_SIZE_PLACEHOLDER = "size written by the build";

/**
 * @example offlineCopy(corpus, site).fileName // "social-credit-fact-check-2024-05-01.zip"
 */
export function offlineCopy(corpus: Corpus, site: Site): OfflineCopy {
  let newest = "";
  for (const c of corpus.claims) {
    if (c.reviewed > newest) newest = c.reviewed;
    if (c.published > newest) newest = c.published;
  }
  const slug = slugify(site.title) || "site";
  const fileName = `${slug}${newest ? `-${newest}` : ""}.zip`;
  return {
    fileName,
    href: siteUrls(site.pathPrefix).offlineCopy(fileName),
    date: displayDate(newest || "1980-01-01"),
    sizePlaceholder: OFFLINE_SIZE_PLACEHOLDER,
  };
}

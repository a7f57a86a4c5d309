/** The downloadable offline copy: its name and date come from the content, never the clock. */
import type { Corpus } from "../content/corpus.ts";
import type { Site } from "../content/site.ts";
import { slugify } from "../content/slug.ts";
import { displayDate, type DisplayDate } from "./dates.ts";
import { siteUrls } from "./urls.ts";

export interface OfflineCopy {
  readonly fileName: string;
  /** The one folder the zip unzips into: the site's name and the content's date. */
  readonly folder: string;
  readonly href: string;
  /** The newest date in the content: a claim published, reviewed or withdrawn. */
  readonly date: DisplayDate;
  /** Printed in the page until the zip step, which knows the size, replaces it. */
  readonly sizePlaceholder: string;
}

export const OFFLINE_SIZE_PLACEHOLDER = "size written by the build";

/**
 * @example offlineCopy(corpus, site).fileName // "social-credit-fact-check-2024-05-01.zip"
 * @example offlineCopy(corpus, site).folder // "social-credit-fact-check-2024-05-01"
 */
export function offlineCopy(corpus: Corpus, site: Site): OfflineCopy {
  const dates = [...corpus.claims.flatMap((c) => [c.published, c.reviewed]), ...corpus.withdrawn.map((w) => w.withdrawn.date)];
  const newest = dates.reduce((max, date) => (date > max ? date : max), "");
  const slug = slugify(site.title) || "site";
  const folder = `${slug}${newest ? `-${newest}` : ""}`;
  const fileName = `${folder}.zip`;
  return {
    fileName,
    folder,
    href: siteUrls(site.pathPrefix).offlineCopy(fileName),
    date: displayDate(newest || "1980-01-01"),
    sizePlaceholder: OFFLINE_SIZE_PLACEHOLDER,
  };
}

/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/): a link to an
 * original that has an archived copy carries the copy's address and date, and
 * a link to the copy carries the original's, so readers and tools can reach
 * the text when the original moves or changes.
 */

/** A link to an original or to its archived copy, with the attributes that tie the two together. */
export interface RobustLink {
  readonly href: string;
  readonly originalUrl?: string;
  readonly versionUrl?: string;
  /** `YYYY-MM-DD`, when the archive's address says when it was taken. */
  readonly versionDate?: string;
}

/**
 * The capture date in a web archive's address: the Wayback Machine's
 * `/web/20181123101010/` (also archive.today's `/20181123101010/`) or
 * archive.today's `/2018.11.23-101010/`.
 * @example snapshotDate("https://web.archive.org/web/20181123101010/https://technode.com/") // "2018-11-23"
 */
export function snapshotDate(snapshot: string): string | undefined {
  const { pathname } = new URL(snapshot);
  const match = /\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?\/|\/(\d{4})\.(\d{2})\.(\d{2})-\d{6}\//.exec(pathname);
  if (!match) return undefined;
  const [year, month, day] = match[1] ? match.slice(1, 4) : match.slice(4, 7);
  return `${year}-${month}-${day}`;
}

/**
 * A link into the original at `original` (`href` may add a text fragment),
 * with all three attributes when the source has a snapshot.
 */
export function originalLink(href: string, original: string, snapshot: string | undefined): RobustLink {
  if (snapshot === undefined) return { href };
  const date = snapshotDate(snapshot);
  return { href, originalUrl: original, versionUrl: snapshot, ...(date === undefined ? {} : { versionDate: date }) };
}

/** The link to the archived copy, naming the original it preserves. */
export function snapshotLink(snapshot: string, original: string): RobustLink {
  const date = snapshotDate(snapshot);
  return { href: snapshot, originalUrl: original, ...(date === undefined ? {} : { versionDate: date }) };
}

/** Dates as people read them, from content dates only (never the clock). */
import type { SourceData } from "../content/schema.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision given.
 * @example formatDate("2018-10-23") // "23 October 2018"
 * @example formatDate("2018-10") // "October 2018"
 */
function formatDate(value: string): string {
  const [year, month, day] = value.split("-");
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A date ready for `<time datetime="…">…</time>`. */
export interface DisplayDate {
  readonly iso: string;
  readonly text: string;
}

export function displayDate(value: string): DisplayDate {
  return { iso: value, text: formatDate(value) };
}

/** How a date that the page itself does not show is known, in words a reader understands ("23 October 2018 (date inferred from the web address)"). */
export const DATE_ORIGINS = {
  address: "date inferred from the web address",
  "other-copy": "date taken from another copy",
  catalogue: "date taken from library catalogue records",
} as const satisfies Record<NonNullable<SourceData["publishedFrom"]>, string>;

/** A content date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as Chinese readers write it: 2026年1月2日. */
export function chineseDate(value: string): string {
  const [year, month, day] = value.split("-");
  return `${year}年${month ? `${Number(month)}月` : ""}${day ? `${Number(day)}日` : ""}`;
}

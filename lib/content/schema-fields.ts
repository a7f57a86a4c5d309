/**
 * The kinds of field the content and data schemas share, each checked the
 * same way wherever it appears: trimmed text, ids, web addresses, and dates
 * as precise as known.
 */
import { z } from "zod";
import { SLUG } from "../markdown/id-grammar.ts";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source shows. */
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when every part of a `YYYY[-MM[-DD]]` string names a real calendar date. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (month === undefined) return year! >= 1000;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const text = z.string().trim().min(1);
export const slug = z.string().regex(SLUG);
export const httpUrl = z.url({ protocol: /^https?$/, hostname: /\./ });
export const partialDate = z.string().regex(PARTIAL_DATE).refine(isRealDate, { message: "not a real date" });
export const fullDate = z.string().regex(FULL_DATE).refine(isRealDate, { message: "not a real date" });

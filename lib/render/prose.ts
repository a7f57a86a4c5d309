/** Lists and numbers written as a sentence says them. */

/**
 * @example listText(["A", "B", "C"]) // "A, B and C"
 * @example listText(["A", "B"], "or") // "A or B"
 */
export function listText(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Small counts in words, larger ones in figures.
 * @example numberWord(2) // "two"
 * @example numberWord(12) // "12"
 */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

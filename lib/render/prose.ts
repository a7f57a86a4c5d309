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

/**
 * A locator as written on the site, in the evidence and on the source page:
 * contributors write it to follow a comma ("paragraph 8"); only its first letter changes.
 * @example sentenceLocator("section “A question of trust”, paragraph 2") // "Section “A question of trust”, paragraph 2"
 */
export function sentenceLocator(locator: string): string {
  return locator.charAt(0).toUpperCase() + locator.slice(1);
}

/**
 * A sentence used as a title, before a colon or inside a reference: without its full stop.
 * @example asTitle("The system is mainly about individuals.") // "The system is mainly about individuals"
 * @example asTitle("中国的体系主要针对个人。") // "中国的体系主要针对个人"
 */
export function asTitle(sentence: string): string {
  return sentence.replace(/[.。]$/, "");
}

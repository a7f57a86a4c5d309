/**
 * Who is credited with a source, as data: a person split into given and
 * family names, a person's name as shown, or an organisation.
 */
import type { Author } from "./schema.ts";

/** The name as a reader sees it: "Christopher Udemans", "Zeyi Yang", "Trivium China". */
export function authorName(author: Author): string {
  if ("given" in author) return `${author.given} ${author.family}`;
  return "name" in author ? author.name : author.organization;
}

/** "Vincent Brussee (interviewee)" and "vincent  brussee" name the same person. */
export function normaliseName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The keys under which two credits name the same person or body. A split name
 * matches a name written as shown in either order ("Zeyi Yang", "Yang Zeyi"),
 * which needs no guess about where a name splits; organisations match only
 * organisations.
 */
export function identityKeys(author: Author): string[] {
  if ("organization" in author) return [`organization:${normaliseName(author.organization)}`];
  if ("name" in author) return [`person:${normaliseName(author.name)}`];
  const given = normaliseName(author.given);
  const family = normaliseName(author.family);
  return [`person:${given} ${family}`, `person:${family} ${given}`];
}

/**
 * The structured forms of an author written as text, for the hint.
 * @example authorHint("Christopher Udemans") // "write `{given: Christopher, family: Udemans}` …"
 */
export function authorHint(text: string): string {
  const words = text.trim().split(/\s+/);
  const split =
    words.length > 1 ? `\`{given: ${words.slice(0, -1).join(" ")}, family: ${words.at(-1)}}\` if the byline splits safely into given and family names, else ` : "";
  return `write ${split}\`{name: "${text}"}\` for a person as shown (never guess how a Chinese name splits), or \`{organization: "${text}"}\` for a body`;
}

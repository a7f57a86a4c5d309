/** The one way to make an id (a slug) from free text: file names, scaffolds, download names. */

/**
 * Lower-case ASCII words joined by hyphens: accents are dropped, an
 * apostrophe does not split a word, and the result is cut at a word boundary
 * to at most `maxChars` (a first word longer than that is cut inside it).
 * @example slugify("China's “social credit” score") // "chinas-social-credit-score"
 */
export function slugify(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "China's" is one word.
    .replace(/['\u2019]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxChars && slug) break;
    slug = next.slice(0, maxChars);
  }
  return slug;
}

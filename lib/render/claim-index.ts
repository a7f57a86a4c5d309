/**
 * The A–Z index of claims: every claim by its text, grouped by first letter,
 * readable without JavaScript, split into pages when the corpus grows.
 */
import type { ClaimCard, Link, ModelContext, PageMeta } from "./model-context.ts";

interface ClaimIndexGroup {
  /** "A"…"Z", or "#" for claims that start with a digit or another script. */
  readonly letter: string;
  /** The heading's id: the letter in lower case, or "other". */
  readonly anchor: string;
  readonly claims: readonly ClaimCard[];
}

export interface ClaimIndexPage {
  readonly meta: PageMeta;
  readonly groups: readonly ClaimIndexGroup[];
  /** Every page of the index, with the first and last letter it holds. */
  readonly pages: readonly (Link & { readonly current: boolean })[];
}

/** Claims per index page: a long page stays well under the 30 KB page budget at ~150 bytes a card. */
const CLAIMS_PER_INDEX_PAGE = 150;

/** The letter a claim is filed under: its first letter, ignoring quotes and "The"/"A". */
export function indexLetter(claim: string): string {
  const first = sortKey(claim).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

function sortKey(claim: string): string {
  return claim
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .toLowerCase();
}

/**
 * Sorts cards by claim text (code-point order of a normalised key, so the
 * order never depends on the machine's locale) and splits them into pages.
 */
export function claimIndexPages(
  cards: readonly ClaimCard[],
  ctx: Pick<ModelContext, "href" | "paths" | "meta">,
  perPage = CLAIMS_PER_INDEX_PAGE,
): ClaimIndexPage[] {
  const keyed = cards.map((card) => ({ card, key: sortKey(card.claim), letter: indexLetter(card.claim) }));
  // "#" files before "A", as in printed indexes.
  const rank = (letter: string) => (letter === "#" ? "" : letter);
  keyed.sort((x, y) => (rank(x.letter) < rank(y.letter) ? -1 : rank(x.letter) > rank(y.letter) ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : x.card.id < y.card.id ? -1 : 1));
  const chunks: (typeof keyed)[] = [];
  for (let i = 0; i < keyed.length; i += perPage) chunks.push(keyed.slice(i, i + perPage));
  if (chunks.length === 0) chunks.push([]);
  const spans = chunks.map((chunk, i) => {
    const first = chunk[0]?.letter ?? "";
    const last = chunk.at(-1)?.letter ?? "";
    return { href: ctx.href.claimIndex(i + 1), text: first === last ? first || "All" : `${first}–${last}` };
  });
  return chunks.map((chunk, i) => {
    const groups: { letter: string; anchor: string; claims: ClaimCard[] }[] = [];
    for (const { card, letter } of chunk) {
      const group = groups.at(-1);
      if (group?.letter === letter) group.claims.push(card);
      else groups.push({ letter, anchor: letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`, claims: [card] });
    }
    return {
      meta: ctx.meta({
        path: ctx.paths.claimIndex(i + 1),
        title: `All claims, A–Z${chunks.length > 1 ? ` (${i + 1} of ${chunks.length})` : ""}`,
        description: "Every claim checked on this site, in alphabetical order, with its verdict.",
      }),
      groups,
      pages: spans.map((span, j) => ({ ...span, current: i === j })),
    };
  });
}

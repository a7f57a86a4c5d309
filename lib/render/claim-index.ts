/**
 * The A–Z index of claims: every claim by its text, grouped by first letter,
 * readable without JavaScript, split into numbered pages when the corpus grows.
 */
import type { ClaimCard, Link, ModelContext, PageMeta } from "./model-context.ts";
import { listStatus, paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { anchors } from "./urls.ts";

interface ClaimIndexGroup {
  /** "A"…"Z", or "#" for claims that start with a digit or another script. */
  readonly letter: string;
  /** The heading's id. */
  readonly anchor: string;
  readonly claims: readonly ClaimCard[];
  /** The letter's claims began on an earlier page. */
  readonly continued: boolean;
}

export interface ClaimIndexPage {
  readonly meta: PageMeta;
  readonly groups: readonly ClaimIndexGroup[];
  readonly nav: PageNav;
  /** Every letter in the index, linked to the page and heading where its claims begin. */
  readonly letters: readonly Link[];
  /** "49 claims", and on a page of several which of them it shows. */
  readonly status: string;
}

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
 * Cards in index order: "#" before "A", then by a normalised key of the claim
 * (code-point order, so it never depends on the machine's locale), then by id.
 */
export function byClaimText(cards: readonly ClaimCard[]): ClaimCard[] {
  const rank = (letter: string) => (letter === "#" ? "" : letter);
  return cards
    .map((card) => ({ card, key: sortKey(card.claim), letter: rank(indexLetter(card.claim)) }))
    .sort((x, y) => (x.letter !== y.letter ? (x.letter < y.letter ? -1 : 1) : x.key !== y.key ? (x.key < y.key ? -1 : 1) : x.card.id < y.card.id ? -1 : 1))
    .map(({ card }) => card);
}

/** The index's pages, `perPage` claims each. */
export function claimIndexPages(cards: readonly ClaimCard[], ctx: Pick<ModelContext, "href" | "paths" | "meta">, perPage: number): ClaimIndexPage[] {
  const slices = paginate(byClaimText(cards), perPage, (n) => ctx.href.claimIndex(n));
  const letters: Link[] = [];
  slices.forEach((slice, i) => {
    for (const card of slice.items) {
      const letter = indexLetter(card.claim);
      if (letters.at(-1)?.text !== letter) letters.push({ text: letter, href: ctx.href.claimIndex(i + 1, anchors.indexLetter(letter)) });
    }
  });
  let previous = "";
  return slices.map((slice) => {
    const groups: { letter: string; anchor: string; claims: ClaimCard[]; continued: boolean }[] = [];
    for (const card of slice.items) {
      const letter = indexLetter(card.claim);
      const group = groups.at(-1);
      if (group?.letter === letter) group.claims.push(card);
      else groups.push({ letter, anchor: anchors.indexLetter(letter), claims: [card], continued: groups.length === 0 && letter === previous });
    }
    previous = groups.at(-1)?.letter ?? previous;
    return {
      meta: ctx.meta({
        path: ctx.paths.claimIndex(slice.nav.number),
        title: pagedTitle("All claims, A–Z", slice.nav),
        description: "Every claim checked on this site, in alphabetical order, with its verdict.",
      }),
      groups,
      nav: slice.nav,
      letters,
      status: listStatus(slice, "claim"),
    };
  });
}

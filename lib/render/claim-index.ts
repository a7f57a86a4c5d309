/**
 * The A–Z index of claims: every claim by its text, grouped by first letter,
 * readable without JavaScript, split into numbered pages when the corpus grows.
 * Chinese claims are filed by the pinyin of their first character, as Chinese
 * indexes are (ICU's pinyin collation, which Node carries).
 */
import type { ClaimCard, Link, ModelContext, PageMeta } from "./model-context.ts";
import { listStatus, paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { anchors, type Language } from "./urls.ts";

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

const PINYIN = new Intl.Collator("zh-Hans-u-co-pinyin");
/** The first character, in pinyin order, of each initial's syllables (no syllable begins with I, U or V). */
const PINYIN_FIRSTS = [..."阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他穵夕丫帀"];
const PINYIN_INITIALS = "ABCDEFGHJKLMNOPQRSTWXYZ";

/** The letter a claim is filed under: its first letter, ignoring quotes and "The"/"A"; in the Chinese index, a Chinese claim's pinyin initial. */
export function indexLetter(claim: string, language: Language = "en"): string {
  const key = sortKey(claim);
  if (language === "zh-hans" && /^\p{Script=Han}/u.test(key)) {
    const at = PINYIN_FIRSTS.findLastIndex((first) => PINYIN.compare(key.charAt(0), first) >= 0);
    return at === -1 ? "#" : PINYIN_INITIALS[at]!;
  }
  const first = key.charAt(0).toUpperCase();
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

/** Sorts claim cards into index order and files them by letter. */
export interface ClaimTextOrder {
  /**
   * Cards in index order: "#" before "A", then by a normalised key of the claim
   * (code-point order, so it never depends on the machine's locale; Chinese in
   * pinyin order, from Node's own ICU data), then by id.
   */
  sort(cards: readonly ClaimCard[]): ClaimCard[];
  /** The letter a card is filed under. */
  letter(card: ClaimCard): string;
}

/**
 * The index order of `language`. Each card's key and letter are worked out
 * once, however many lists it is sorted into (the A–Z index, its topics', its
 * verdict's, each cited excerpt's), so one order serves a whole build.
 */
export function claimTextOrder(language: Language = "en"): ClaimTextOrder {
  const known = new WeakMap<ClaimCard, { readonly key: string; readonly letter: string }>();
  const filed = (card: ClaimCard) => {
    let entry = known.get(card);
    if (entry === undefined) {
      entry = { key: sortKey(card.claim), letter: indexLetter(card.claim, language) };
      known.set(card, entry);
    }
    return entry;
  };
  const rank = (letter: string) => (letter === "#" ? "" : letter);
  const pinyin = language === "zh-hans";
  const compare = (a: string, b: string) => (pinyin && /\p{Script=Han}/u.test(a.charAt(0) + b.charAt(0)) ? PINYIN.compare(a, b) : a < b ? -1 : a > b ? 1 : 0);
  return {
    sort: (cards) =>
      cards
        .map((card) => ({ card, key: filed(card).key, letter: rank(filed(card).letter) }))
        .sort((x, y) => (x.letter !== y.letter ? (x.letter < y.letter ? -1 : 1) : compare(x.key, y.key) || (x.card.id < y.card.id ? -1 : 1)))
        .map(({ card }) => card),
    letter: (card) => filed(card).letter,
  };
}

/** The index's pages, `perPage` claims each. */
export function claimIndexPages(cards: readonly ClaimCard[], ctx: Pick<ModelContext, "href" | "paths" | "meta" | "words" | "pair" | "claimOrder">, perPage: number): ClaimIndexPage[] {
  const order = ctx.claimOrder();
  const slices = paginate(order.sort(cards), perPage, (n) => ctx.href.claimIndex(n), ctx.words);
  const letters: Link[] = [];
  slices.forEach((slice, i) => {
    for (const card of slice.items) {
      const letter = order.letter(card);
      if (letters.at(-1)?.text !== letter) letters.push({ text: letter, href: ctx.href.claimIndex(i + 1, anchors.indexLetter(letter)) });
    }
  });
  let previous = "";
  return slices.map((slice) => {
    const groups: { letter: string; anchor: string; claims: ClaimCard[]; continued: boolean }[] = [];
    for (const card of slice.items) {
      const letter = order.letter(card);
      const group = groups.at(-1);
      if (group?.letter === letter) group.claims.push(card);
      else groups.push({ letter, anchor: anchors.indexLetter(letter), claims: [card], continued: groups.length === 0 && letter === previous });
    }
    previous = groups.at(-1)?.letter ?? previous;
    return {
      meta: ctx.meta({
        path: ctx.paths.claimIndex(slice.nav.number),
        title: pagedTitle(ctx.words.claimIndexTitle, slice.nav, ctx.words),
        description: ctx.words.claimIndexDescription,
        ...ctx.pair((paths) => paths.claimIndex(slice.nav.number)),
      }),
      groups,
      nav: slice.nav,
      letters,
      status: listStatus(slice, "claim", ctx.words),
    };
  });
}

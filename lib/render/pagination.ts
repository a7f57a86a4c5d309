/**
 * Long lists split into numbered pages, and the links between them. The first
 * page links every page of its list; the others link their neighbours, the
 * ends and the first page's list of all pages. So any item is at most three
 * clicks from the home page (home → first page → its page → item), and the
 * links cost the whole list O(pages), not O(pages²).
 */
import { PAGE_WORDS, type PageWords } from "./page-words.ts";
import { anchors } from "./urls.ts";

/** Pages linked on either side of the current one, beyond the first page. */
const NEIGHBOURS = 2;

interface PageLink {
  readonly number: number;
  readonly href: string;
  readonly current: boolean;
  /** Pages are left out between the previous link and this one. */
  readonly gapBefore: boolean;
}

export interface PageNav {
  /** 1-based. */
  readonly number: number;
  /** How many pages the list has: at least one. */
  readonly count: number;
  /** "Page 2 of 40". */
  readonly label: string;
  readonly prev?: string;
  readonly next?: string;
  /** On the first page every page of the list; on the others the ends and the neighbours. */
  readonly pages: readonly PageLink[];
  /** On a later page of a long list: the first page's list of every page. */
  readonly allPages?: string;
  /** The words of the links, in the page's language. */
  readonly words: PageWords["nav"];
}

export interface ListSlice<T> {
  readonly items: readonly T[];
  readonly nav: PageNav;
  /** 1-based position in the whole list of this page's first item (1 on an empty list). */
  readonly from: number;
  /** The whole list's length. */
  readonly total: number;
}

/**
 * `items` in pages of `perPage`; an empty list is one empty page (it says so),
 * and no other page is ever empty. `href(n)` is page n's link.
 * @example paginate([1, 2, 3], 2, (n) => `/x/${n}/`).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], perPage: number, href: (number: number) => string, words: PageWords = PAGE_WORDS.en): ListSlice<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: ${perPage} items per page`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const hrefs = Array.from({ length: count }, (_, i) => href(i + 1));
  return hrefs.map((_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    from: Math.min(i * perPage + 1, Math.max(items.length, 1)),
    total: items.length,
    nav: pageNav(hrefs, i + 1, words),
  }));
}

function pageNav(hrefs: readonly string[], number: number, words: PageWords): PageNav {
  const count = hrefs.length;
  const shown = (n: number) => number === 1 || n === 1 || n === count || Math.abs(n - number) <= NEIGHBOURS;
  const pages: PageLink[] = [];
  for (let n = 1; n <= count; n++) {
    if (shown(n)) pages.push({ number: n, href: hrefs[n - 1]!, current: n === number, gapBefore: n - (pages.at(-1)?.number ?? 0) > 1 });
  }
  return {
    number,
    count,
    label: words.page(number, count),
    ...(number > 1 ? { prev: hrefs[number - 2]! } : {}),
    ...(number < count ? { next: hrefs[number]! } : {}),
    pages,
    ...(pages.length < count ? { allPages: `${hrefs[0]!}#${anchors.pageList}` } : {}),
    words: words.nav,
  };
}

/** "1 claim", "1,234 claims". */
export function countOf(n: number, noun: "claim" | "correction", words: PageWords = PAGE_WORDS.en): string {
  return words.count(n, noun);
}

/** "12 claims", or on a page of several: "1,987 claims. Page 2 of 40 shows 51–100." */
export function listStatus(slice: ListSlice<unknown>, noun: "claim" | "correction", words: PageWords = PAGE_WORDS.en): string {
  const all = countOf(slice.total, noun, words);
  if (slice.nav.count === 1) return all;
  return words.status(all, slice.nav.label, slice.from, slice.from + slice.items.length - 1);
}

/** A page's title in a list of several: "Courts (page 2 of 3)"; a list of one page keeps its own. */
export function pagedTitle(title: string, nav: PageNav, words: PageWords = PAGE_WORDS.en): string {
  return nav.count === 1 ? title : words.paged(title, nav.number, nav.count);
}

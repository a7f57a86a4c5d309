/**
 * Which claims cite a source: under each excerpt of the source page the
 * first few, one line each; when any excerpt has more, the source gets "cited
 * by" pages listing every citing claim, excerpt by excerpt, in numbered pages.
 * The source page then stays the same size however often it is cited.
 */
import type { Source } from "../content/corpus.ts";
import { textWithChinese } from "./chinese.ts";
import type { Html } from "./escape.ts";
import type { ClaimCard, ModelContext, PageMeta } from "./model-context.ts";
import { paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { excerptHeading } from "./source-page.ts";

/** The claims citing one excerpt, as its source page shows them. */
export interface ExcerptCitedBy {
  /** The first `perPage.citedBy`, in A–Z order. */
  readonly claims: readonly ClaimCard[];
  readonly total: number;
  /** Where every one is listed, when `claims` is not all of them. */
  readonly all?: string;
}

interface CitedByGroup {
  /** The excerpt's id, and the group's fragment id on its page. */
  readonly id: string;
  readonly headingHtml: Html;
  /** The excerpt on its source page. */
  readonly excerptUrl: string;
  readonly claims: readonly ClaimCard[];
  /** The excerpt's list began on an earlier page. */
  readonly continued: boolean;
}

export interface CitedByPage {
  readonly meta: PageMeta;
  readonly sourceTitle: string;
  readonly sourceUrl: string;
  readonly groups: readonly CitedByGroup[];
  readonly nav: PageNav;
  /** "29 claims cite this source." */
  readonly status: string;
}

export interface CitedBy {
  /** Empty when the source page already shows every citing claim. */
  readonly pages: readonly CitedByPage[];
  /** By excerpt id. */
  readonly excerpts: ReadonlyMap<string, ExcerptCitedBy>;
}

export function citedBy(s: Source, ctx: ModelContext): CitedBy {
  const { citedBy: shown, claims: perPage } = ctx.site.perPage;
  // The page language's index order: a Chinese page's claims in pinyin order, as its A–Z index files them.
  const lists = s.excerpts.map((e) => ({ e, claims: ctx.claimOrder().sort(ctx.cards(ctx.corpus.citingClaims(e.ref))) }));
  if (lists.every((l) => l.claims.length <= shown)) {
    return { pages: [], excerpts: new Map(lists.map(({ e, claims }) => [e.id, { claims, total: claims.length }])) };
  }
  const rows = lists.flatMap(({ e, claims }) => claims.map((card) => ({ e, card })));
  const slices = paginate(rows, perPage, (n) => ctx.href.sourceCitedBy(s.id, n), ctx.words);
  const firstPage = new Map<string, number>();
  const citing = ctx.corpus.claimsCitingSource(s.id).length;
  const status = ctx.words.citingStatus(citing);
  const pages = slices.map((slice): CitedByPage => {
    const groups: { id: string; headingHtml: Html; excerptUrl: string; claims: ClaimCard[]; continued: boolean }[] = [];
    for (const { e, card } of slice.items) {
      const group = groups.at(-1);
      if (group?.id === e.id) {
        group.claims.push(card);
        continue;
      }
      const continued = firstPage.has(e.id);
      if (!continued) firstPage.set(e.id, slice.nav.number);
      groups.push({ id: e.id, headingHtml: textWithChinese(excerptHeading(e.text)), excerptUrl: ctx.href.excerpt(s.id, e.id), claims: [card], continued });
    }
    return {
      meta: ctx.meta({
        path: ctx.paths.sourceCitedBy(s.id, slice.nav.number),
        title: pagedTitle(ctx.words.citedByTitle(s.title), slice.nav, ctx.words),
        description: ctx.words.citedByDescription(s.title, s.publisher),
        ...ctx.pair((paths) => paths.sourceCitedBy(s.id, slice.nav.number)),
      }),
      sourceTitle: s.title,
      sourceUrl: ctx.href.source(s.id),
      groups,
      nav: slice.nav,
      status,
    };
  });
  const excerpts = new Map(
    lists.map(({ e, claims }): [string, ExcerptCitedBy] => {
      const all = claims.length > shown ? { all: ctx.href.sourceCitedBy(s.id, firstPage.get(e.id)!, e.id) } : {};
      return [e.id, { claims: claims.slice(0, shown), total: claims.length, ...all }];
    }),
  );
  return { pages, excerpts };
}

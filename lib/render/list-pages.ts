/**
 * Pages that list claims: one list per topic and per verdict, each split into
 * numbered pages, the topics as the home page links them, and the verdict
 * counts of the home and methodology pages.
 */
import type { Claim, Topic, Verdict } from "../content/corpus.ts";
import type { ClaimCard, ModelContext, PageMeta, VerdictBadge } from "./model-context.ts";
import { countOf, listStatus, paginate, pagedTitle, type PageNav } from "./pagination.ts";
import { anchors, type Urls } from "./urls.ts";

/** One page of a topic's or a verdict's claims. */
export interface ListPage {
  readonly meta: PageMeta;
  readonly id: string;
  /** The list's first page. */
  readonly url: string;
  readonly title: string;
  readonly description: string;
  /** This page's claims, in A–Z order. */
  readonly claims: readonly ClaimCard[];
  readonly nav: PageNav;
  /** "12 claims", or on a page of several which of them it shows. */
  readonly status: string;
}

/** A topic as the home page lists it. */
export interface TopicLink {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  /** "12 claims". */
  readonly count: string;
}

export interface VerdictCount extends VerdictBadge {
  readonly count: number;
  /** Fragment id of the verdict's definition on the methodology page. */
  readonly definitionAnchor: string;
}

function listPages(
  list: { id: string; title: string; description: string; claims: readonly Claim[] },
  href: (number: number) => string,
  pathOf: (paths: Urls, number: number) => string,
  headTitle: string,
  ctx: ModelContext,
): ListPage[] {
  return paginate(ctx.claimOrder().sort(ctx.cards(list.claims)), ctx.site.perPage.claims, href, ctx.words).map((slice) => ({
    meta: ctx.meta({ path: pathOf(ctx.paths, slice.nav.number), title: pagedTitle(headTitle, slice.nav, ctx.words), description: list.description, ...ctx.pair((p) => pathOf(p, slice.nav.number)) }),
    id: list.id,
    url: href(1),
    title: list.title,
    description: list.description,
    claims: slice.items,
    nav: slice.nav,
    status: listStatus(slice, "claim", ctx.words),
  }));
}

export function topicPages(t: Topic, ctx: ModelContext): ListPage[] {
  const { label, description } = ctx.topicText(t);
  const list = { id: t.id, title: label, description, claims: ctx.corpus.claimsInTopic(t.id) };
  return listPages(list, (n) => ctx.href.topic(t.id, n), (paths, n) => paths.topic(t.id, n), label, ctx);
}

export function verdictPages(v: Verdict, ctx: ModelContext): ListPage[] {
  const { label, definition } = ctx.badge(v.id);
  const list = { id: v.id, title: label, description: definition, claims: ctx.corpus.claimsWithVerdict(v.id) };
  return listPages(list, (n) => ctx.href.verdict(v.id, n), (paths, n) => paths.verdict(v.id, n), ctx.words.verdictTitle(label), ctx);
}

export function topicLink(t: Topic, ctx: ModelContext): TopicLink {
  const { label, description } = ctx.topicText(t);
  return { id: t.id, url: ctx.href.topic(t.id), title: label, description, count: countOf(ctx.corpus.claimsInTopic(t.id).length, "claim", ctx.words) };
}

export function verdictCount(v: Verdict, ctx: ModelContext): VerdictCount {
  return { ...ctx.badge(v.id), count: ctx.corpus.claimsWithVerdict(v.id).length, definitionAnchor: anchors.verdictDefinition(v.id) };
}

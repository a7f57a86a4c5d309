/**
 * The home page: what a reader needs first (the verdict counts, featured
 * claims, the latest changes, the topics) and links to the full lists. It
 * never lists every claim, so it stays the same size as the corpus grows.
 */
import type { Claim } from "../content/corpus.ts";
import { recentChanges, type Change, type RecentChange } from "./changes.ts";
import { topicLink, type TopicLink } from "./list-pages.ts";
import type { ClaimCard, ModelContext } from "./model-context.ts";

export interface HomePage {
  /** The claims `featured` in data/site.yaml, or else the most recently reviewed. */
  readonly featured: readonly ClaimCard[];
  /** True when the editors chose the featured claims. */
  readonly featuredChosen: boolean;
  readonly recentChanges: readonly RecentChange[];
  readonly topics: readonly TopicLink[];
}

/** Latest `reviewed` first, then latest `published`, then by id: the same content always gives the same list. */
function mostRecentlyReviewed(claims: readonly Claim[], count: number): Claim[] {
  return [...claims]
    .sort((a, b) => (a.reviewed !== b.reviewed ? (a.reviewed < b.reviewed ? 1 : -1) : a.published !== b.published ? (a.published < b.published ? 1 : -1) : a.id < b.id ? -1 : 1))
    .slice(0, count);
}

export function homePage(ctx: ModelContext, changes: readonly Change[]): HomePage {
  const { featured, perPage } = ctx.site;
  // The loader has checked that every featured id is a live claim.
  const claims = featured === undefined ? mostRecentlyReviewed(ctx.corpus.claims, perPage.featured) : featured.map((id) => ctx.corpus.claim(id)!);
  return {
    featured: ctx.cards(claims),
    featuredChosen: featured !== undefined,
    recentChanges: recentChanges(changes, perPage.recentChanges),
    // A topic without claims keeps its page (its address is stable) but is not offered.
    topics: ctx.corpus.topics.filter((t) => ctx.corpus.claimsInTopic(t.id).length > 0).map((t) => topicLink(t, ctx)),
  };
}

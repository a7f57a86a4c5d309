/** Pages that list claims: one per topic and one per verdict, and the verdict counts of the home and methodology pages. */
import type { Topic, Verdict } from "../content/corpus.ts";
import type { ClaimCard, ModelContext, PageMeta, VerdictBadge } from "./model-context.ts";
import { anchors } from "./urls.ts";

export interface ListPage {
  readonly meta: PageMeta;
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly claims: readonly ClaimCard[];
}

export interface VerdictCount extends VerdictBadge {
  readonly count: number;
  /** Fragment id of the verdict's definition on the methodology page. */
  readonly definitionAnchor: string;
}

export function topicPage(t: Topic, ctx: ModelContext): ListPage {
  return {
    meta: ctx.meta({ path: ctx.paths.topic(t.id), title: t.label, description: t.description }),
    id: t.id,
    url: ctx.href.topic(t.id),
    title: t.label,
    description: t.description,
    claims: ctx.cards(ctx.corpus.claimsInTopic(t.id)),
  };
}

export function verdictPage(v: Verdict, ctx: ModelContext): ListPage {
  return {
    meta: ctx.meta({ path: ctx.paths.verdict(v.id), title: `Verdict: ${v.label}`, description: v.definition }),
    id: v.id,
    url: ctx.href.verdict(v.id),
    title: v.label,
    description: v.definition,
    claims: ctx.cards(ctx.corpus.claimsWithVerdict(v.id)),
  };
}

export function verdictCount(v: Verdict, ctx: ModelContext): VerdictCount {
  return { ...ctx.badge(v.id), count: ctx.corpus.claimsWithVerdict(v.id).length, definitionAnchor: anchors.verdictDefinition(v.id) };
}

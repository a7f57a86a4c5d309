/**
 * How a source's credits read on a page: the byline as shown ("State Council
 * of the PRC and Rogier Creemers (translator)"), inferred authors apart with
 * their reason, and the other sources that are the same person's work.
 */
import { authorName } from "../content/authors.ts";
import type { Corpus, EvidenceEntry, Source } from "../content/corpus.ts";
import type { Author } from "../content/schema.ts";
import { listText } from "./prose.ts";
import type { Urls } from "./urls.ts";

/** The credits a source shows, each with its role when it has one; empty when none is shown. */
export function bylineText(authors: readonly Author[]): string {
  return listText(authors.map((a) => (a.role === undefined ? authorName(a) : `${authorName(a)} (${a.role})`)));
}

/** An author the editors infer where no byline shows one: never part of the byline or a citation. */
export interface InferredAuthorView {
  readonly name: string;
  readonly reason: string;
}

export function inferredAuthorViews(source: Source): InferredAuthorView[] {
  return (source.inferredAuthors ?? []).map((i) => ({ name: authorName(i.author), reason: i.reason }));
}

/** A person whose work this source is, and the other sources by them. */
export interface SharedWorkView {
  readonly name: string;
  readonly others: readonly {
    readonly href: string;
    readonly title: string;
    /** Why the editors infer the person's authorship, on this source or the other: present only for an inferred link. */
    readonly inferredReason?: string;
  }[];
}

export function sharedWorkViews(corpus: Corpus, href: Urls, source: Source): SharedWorkView[] {
  return corpus.sharedWork(source.id).map((w) => ({
    name: w.voice.name,
    others: w.others.map((o) => {
      const reason = o.voice.inferredReason ?? w.voice.inferredReason;
      return { href: href.source(o.source.id), title: o.source.title, ...(reason === undefined ? {} : { inferredReason: reason }) };
    }),
  }));
}

/** On a claim page, the other evidence entries that are the same person's view as this one (from other sources). */
export interface SameAuthorView {
  readonly name: string;
  /** True when the link rests on an inferred author, on either side. */
  readonly inferred: boolean;
  readonly entries: readonly { readonly href: string; readonly number: number }[];
}

/** For each evidence entry of one claim, by ref: the people it shares with the claim's other entries. */
export function sameAuthorViews(corpus: Corpus, evidence: readonly EvidenceEntry[]): Map<string, SameAuthorView[]> {
  const bySource = new Map<string, EvidenceEntry[]>();
  for (const e of evidence) bySource.set(e.sourceId, [...(bySource.get(e.sourceId) ?? []), e]);
  const out = new Map<string, SameAuthorView[]>();
  for (const e of evidence) {
    const views = corpus.sharedWork(e.sourceId).flatMap((w) => {
      const cited = w.others.filter((o) => bySource.has(o.source.id));
      if (cited.length === 0) return [];
      const entries = cited.flatMap((o) => bySource.get(o.source.id)!).sort((a, b) => a.number - b.number);
      const inferred = w.voice.inferredReason !== undefined || cited.some((o) => o.voice.inferredReason !== undefined);
      return [{ name: w.voice.name, inferred, entries: entries.map((x) => ({ href: `#${x.anchor}`, number: x.number })) }];
    });
    if (views.length > 0) out.set(e.ref, views);
  }
  return out;
}

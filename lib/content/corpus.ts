/**
 * The corpus graph: every claim and source, resolved, with reverse indexes.
 * Built once by the loader; everything downstream reads it and nothing
 * mutates it.
 */
import type { Site } from "./site.ts";
import type { TopicData, VerdictData } from "./list-schemas.ts";
import type { ClaimData, ExcerptData, SourceData, WithdrawnClaimData } from "./schema.ts";
import type { PresentStatement } from "./present-tense.ts";
import { sharedWorkIndex, type SharedWork } from "./independence.ts";

export type Verdict = Readonly<VerdictData>;
export type Topic = Readonly<TopicData>;

export interface Excerpt extends Readonly<ExcerptData> {
  readonly sourceId: string;
  /** `source-id#excerpt-id`: how claims cite it. */
  readonly ref: string;
}

export interface Source extends Readonly<Omit<SourceData, "excerpts">> {
  readonly id: string;
  /** Path relative to the content root. */
  readonly file: string;
  readonly excerpts: readonly Excerpt[];
  /** The optional context paragraph, rendered. */
  readonly bodyHtml: string;
}

export interface EvidenceEntry {
  readonly ref: string;
  readonly sourceId: string;
  readonly excerptId: string;
  readonly note?: string;
  /** 1-based: citations are numbered by first use in the text; uncited entries follow. */
  readonly number: number;
  /** Fragment id of the entry on the claim page. */
  readonly anchor: string;
  /** How many inline citations point at it (each gets a back-link). */
  readonly uses: number;
}

export type Appearance = NonNullable<ClaimData["appearances"]>[number];

type Revision = NonNullable<ClaimData["revisions"]>[number];

export interface Claim
  extends Readonly<Omit<ClaimData, "evidence" | "related" | "alsoKnownAs" | "appearances" | "topics" | "aliases" | "revisions">> {
  readonly topics: readonly string[];
  readonly aliases: readonly string[];
  readonly revisions: readonly Revision[];
  readonly id: string;
  readonly file: string;
  /** In citation-number order. */
  readonly evidence: readonly EvidenceEntry[];
  readonly related: readonly string[];
  readonly alsoKnownAs: readonly string[];
  readonly appearances: readonly Appearance[];
  readonly bodyHtml: string;
  /** Sentences of the explanation that state the present without a year, with their citations (positions in the file). */
  readonly presentTense: readonly PresentStatement[];
}

/** The language a claim may be translated into (its file: `claims/<id>.zh-hans.md`). */
type TranslationLanguage = "zh-hans";

/** A claim's translation, checked against its English claim. */
export interface ClaimTranslation {
  readonly claimId: string;
  readonly language: TranslationLanguage;
  readonly file: string;
  readonly claim: string;
  readonly summary: string;
  readonly alsoKnownAs: readonly string[];
  /** The hash of the English text it was made from. */
  readonly translatedFrom: string;
  /** False when the English changed after the translation (the checker warns). */
  readonly current: boolean;
  /** The translated explanation, its citations numbered and linked as the English claim's. */
  readonly bodyHtml: string;
}

/** A published claim that was withdrawn: its file is a tombstone. */
export interface WithdrawnClaim extends Readonly<WithdrawnClaimData> {
  readonly id: string;
  readonly file: string;
}

export interface Corpus {
  /**
   * The validated settings of data/site.yaml. Reading it throws when they are
   * invalid (the load is then not ok), so broken settings can never be published.
   */
  readonly site: Site;
  readonly verdicts: readonly Verdict[];
  readonly topics: readonly Topic[];
  /** Sorted by id. */
  readonly claims: readonly Claim[];
  /** Sorted by id. */
  readonly sources: readonly Source[];
  /** Tombstones of withdrawn claims, sorted by id. */
  readonly withdrawn: readonly WithdrawnClaim[];
  /** Translations of live claims, sorted by claim id. */
  readonly translations: readonly ClaimTranslation[];
  claim(id: string): Claim | undefined;
  /** The claim's translation into `language`, when it has one. */
  translation(claimId: string, language: TranslationLanguage): ClaimTranslation | undefined;
  source(id: string): Source | undefined;
  excerpt(ref: string): Excerpt | undefined;
  verdict(id: string): Verdict | undefined;
  topic(id: string): Topic | undefined;
  /** Claims whose evidence lists this excerpt, sorted by id. */
  citingClaims(excerptRef: string): readonly Claim[];
  /** Claims citing any excerpt of this source, sorted by id. */
  claimsCitingSource(sourceId: string): readonly Claim[];
  claimsInTopic(topicId: string): readonly Claim[];
  /** The people this source shares with other sources (bylines or inferred): their work counts once. */
  sharedWork(sourceId: string): readonly SharedWork[];
  claimsWithVerdict(verdictId: string): readonly Claim[];
}

/** Fragment id of an evidence entry on a claim page. Slugs never contain `--`, so this is unambiguous. */
export function evidenceAnchor(ref: string): string {
  return `ev-${ref.replace("#", "--")}`;
}

const EMPTY: readonly Claim[] = Object.freeze([]);
const NO_SHARED_WORK: readonly SharedWork[] = Object.freeze([]);

function groupBy(claims: readonly Claim[], keys: (claim: Claim) => Iterable<string>): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const key of new Set(keys(claim))) {
      const list = index.get(key);
      if (list) list.push(claim);
      else index.set(key, [claim]);
    }
  }
  return index;
}

/** Builds the graph's lookups and reverse indexes in one pass over each list. */
export function buildCorpus(parts: {
  verdicts: readonly Verdict[];
  topics: readonly Topic[];
  claims: readonly Claim[];
  sources: readonly Source[];
  withdrawn?: readonly WithdrawnClaim[];
  translations?: readonly ClaimTranslation[];
  /** Undefined when data/site.yaml is invalid. */
  site?: Site | undefined;
}): Corpus {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const claims = byId(parts.claims);
  const sources = byId(parts.sources);
  const verdicts = byId(parts.verdicts);
  const topics = byId(parts.topics);
  const translations = new Map((parts.translations ?? []).map((t) => [`${t.language}:${t.claimId}`, t]));
  const excerpts = new Map(parts.sources.flatMap((s) => s.excerpts.map((e) => [e.ref, e] as const)));
  const byExcerpt = groupBy(parts.claims, (c) => c.evidence.map((e) => e.ref));
  const bySource = groupBy(parts.claims, (c) => c.evidence.map((e) => e.sourceId));
  const byTopic = groupBy(parts.claims, (c) => c.topics);
  const byVerdict = groupBy(parts.claims, (c) => [c.verdict]);
  const shared = sharedWorkIndex(parts.sources);
  const { site } = parts;
  return Object.freeze({
    get site(): Site {
      if (site === undefined) throw new Error("the site settings in data/site.yaml are invalid; the load's diagnostics say why");
      return site;
    },
    verdicts: parts.verdicts,
    topics: parts.topics,
    claims: parts.claims,
    sources: parts.sources,
    withdrawn: parts.withdrawn ?? [],
    translations: parts.translations ?? [],
    claim: (id: string) => claims.get(id),
    translation: (claimId: string, language: TranslationLanguage) => translations.get(`${language}:${claimId}`),
    source: (id: string) => sources.get(id),
    excerpt: (ref: string) => excerpts.get(ref),
    verdict: (id: string) => verdicts.get(id),
    topic: (id: string) => topics.get(id),
    citingClaims: (ref: string) => byExcerpt.get(ref) ?? EMPTY,
    claimsCitingSource: (id: string) => bySource.get(id) ?? EMPTY,
    claimsInTopic: (id: string) => byTopic.get(id) ?? EMPTY,
    sharedWork: (id: string) => shared.get(id) ?? NO_SHARED_WORK,
    claimsWithVerdict: (id: string) => byVerdict.get(id) ?? EMPTY,
  });
}

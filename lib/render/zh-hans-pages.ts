/**
 * The Chinese pages under /zh-hans/: a page per translated claim (claim,
 * verdict, what is true, the translated explanation, and the evidence quoted
 * verbatim in its own language, linked to the English source pages), the
 * home page listing every claim in Chinese, and the search page. Built from
 * the Chinese model context (`modelContext(corpus, site, "zh-hans")`) for
 * the Chinese pages' own links, and from the English one for the English
 * pages they link to (sources, methodology).
 */
import type { ClaimReview, WithContext } from "schema-dts";
import type { Claim, ClaimTranslation, Verdict } from "../content/corpus.ts";
import { counterpart } from "./alternates.ts";
import { claimReview } from "./claim-review.ts";
import { evidenceView, type EvidenceView } from "./claim-page.ts";
import { sameAuthorViews } from "./byline.ts";
import type { DisplayDate } from "./dates.ts";
import { jsonForScript, renderedMarkdown, type Html } from "./escape.ts";
import { chineseDate, LANGUAGE_TAGS, SEARCH_SCRIPT_TEXT, ZH_HANS_TEXT } from "./interface-text.ts";
import type { ModelContext, PageMeta, VerdictBadge } from "./model-context.ts";
import { suggestClaimUrl, type SearchPage } from "./site-pages.ts";
import { pathsIn } from "./urls.ts";

const TAG = LANGUAGE_TAGS["zh-hans"];

/** A translated claim as the Chinese pages list it. */
interface ZhClaimCard {
  readonly id: string;
  readonly url: string;
  readonly claim: string;
  readonly summary: string;
  readonly verdict: VerdictBadge;
}

interface ZhEvidence extends EvidenceView {
  /** The quote's language: it is shown verbatim, never in translation. */
  readonly quoteLang: string;
}

interface ZhClaimPage {
  readonly id: string;
  readonly meta: PageMeta;
  readonly claim: string;
  readonly summary: string;
  readonly verdict: VerdictBadge;
  readonly published: DisplayDate;
  readonly reviewed: DisplayDate;
  readonly alsoKnownAs: string;
  /** The same, ", " between, as the search script splits them. */
  readonly alsoKnownAsList: string;
  readonly bodyHtml: Html;
  readonly evidence: readonly ZhEvidence[];
  readonly topics: readonly string[];
  /** The English page, which this page translates. */
  readonly englishUrl: string;
  readonly claimReview: WithContext<ClaimReview>;
  readonly jsonLdHtml: Html;
}

interface ZhTopicGroup {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly claims: readonly ZhClaimCard[];
}

export interface ZhHansSite {
  readonly home: { readonly meta: PageMeta; readonly topics: readonly ZhTopicGroup[]; readonly verdicts: readonly (VerdictBadge & { count: number })[] };
  readonly search: SearchPage;
  readonly claims: readonly ZhClaimPage[];
}

/** A verdict as the Chinese pages name it; its definition link goes to the English methodology. */
function zhBadge(v: Verdict, en: ModelContext): VerdictBadge {
  const zh = v["zh-hans"];
  return {
    id: v.id,
    label: zh.label,
    rating: v.rating,
    short: zh.short,
    definition: zh.definition,
    definitionUrl: en.href.verdictDefinition(v.id),
    url: en.href.verdict(v.id),
  };
}

const zhDate = (iso: string): DisplayDate => ({ iso, text: chineseDate(iso) });

function zhClaimPage(c: Claim, t: ClaimTranslation, zh: ModelContext, en: ModelContext, badge: VerdictBadge): ZhClaimPage {
  const path = zh.paths.claim(c.id);
  const canonical = zh.absolute(path);
  const verdict = zh.corpus.verdict(c.verdict)!;
  const sameAuthor = sameAuthorViews(en.corpus, c.evidence);
  // ClaimReview of this page: the translated claim and the Chinese verdict name, in Chinese.
  const review = claimReview(
    { ...c, claim: t.claim },
    { ...verdict, label: badge.label },
    zh.ratingBounds,
    zh.publisher.organization,
    TAG,
    canonical,
  );
  return {
    id: c.id,
    meta: zh.meta({
      path,
      title: t.claim,
      description: `${badge.label}：${t.summary}`,
      language: TAG,
      ...counterpart(zh, { en: en.paths.claim(c.id), "zh-hans": path }, "zh-hans"),
    }),
    claim: t.claim,
    summary: t.summary,
    verdict: badge,
    published: zhDate(c.published),
    reviewed: zhDate(c.reviewed),
    alsoKnownAs: t.alsoKnownAs.join("、"),
    alsoKnownAsList: t.alsoKnownAs.join(", "),
    bodyHtml: renderedMarkdown(t.bodyHtml),
    evidence: c.evidence.map((entry) => ({
      ...evidenceView(entry, en, sameAuthor),
      quoteLang: zh.corpus.excerpt(entry.ref)!.lang ?? zh.corpus.source(entry.sourceId)!.language,
    })),
    topics: c.topics.map((id) => zh.corpus.topic(id)!["zh-hans"].label),
    englishUrl: en.href.claim(c.id),
    claimReview: review,
    jsonLdHtml: jsonForScript(review),
  };
}

/** Every Chinese page model: O(claims + topics). */
export function zhHansSite(zh: ModelContext, en: ModelContext): ZhHansSite {
  const { corpus } = zh;
  const badges = new Map(corpus.verdicts.map((v) => [v.id, zhBadge(v, en)]));
  // Only translated claims are listed: the page grows with the translations, never with the whole corpus.
  const cards = new Map(
    corpus.translations.map((t): [string, ZhClaimCard] => {
      const verdict = badges.get(corpus.claim(t.claimId)!.verdict)!;
      return [t.claimId, { id: t.claimId, url: zh.href.claim(t.claimId), claim: t.claim, summary: t.summary, verdict }];
    }),
  );
  const home = zh.paths.home();
  return {
    home: {
      meta: zh.meta({
        path: home,
        title: "",
        description: ZH_HANS_TEXT.tagline,
        language: TAG,
        ...counterpart(zh, { en: pathsIn.en.home(), "zh-hans": home }, "zh-hans"),
      }),
      verdicts: corpus.verdicts.map((v) => ({ ...badges.get(v.id)!, count: corpus.claimsWithVerdict(v.id).length })),
      topics: corpus.topics.map((t) => ({
        id: t.id,
        title: t["zh-hans"].label,
        description: t["zh-hans"].description,
        claims: corpus.claimsInTopic(t.id).flatMap((c) => cards.get(c.id) ?? []),
      })),
    },
    search: {
      meta: zh.meta({
        path: zh.paths.search(),
        title: ZH_HANS_TEXT.search.title,
        description: ZH_HANS_TEXT.tagline,
        language: TAG,
        ...counterpart(zh, { en: pathsIn.en.search(), "zh-hans": zh.paths.search() }, "zh-hans"),
      }),
      suggestClaimUrl: suggestClaimUrl(zh),
      topics: corpus.topics.map((t) => ({ href: zh.href.home(`topic-${t.id}`), text: t["zh-hans"].label })),
      scriptTextHtml: jsonForScript(SEARCH_SCRIPT_TEXT["zh-hans"]),
    },
    claims: corpus.translations.map((t) => {
      const c = corpus.claim(t.claimId)!;
      return zhClaimPage(c, t, zh, en, badges.get(c.verdict)!);
    }),
  };
}

/**
 * The Chinese pages under /zh-hans/, from the Chinese model context
 * (`modelContext(corpus, site, "zh-hans")`), whose cards, verdicts, topics and
 * list words are Chinese: a page per claim (claim, verdict, what is true, the
 * explanation, and the evidence quoted verbatim in its own language, linked to
 * the Chinese source pages, and its corrections, as the English page lists
 * them; a claim not yet translated shows its English, marked as such), the home page, the topic, verdict and A–Z lists and the
 * source pages and the corrections list (built by the same functions as the
 * English ones), the methodology, About, offline and search pages.
 */
import type { ClaimReview, WithContext } from "schema-dts";
import type { Claim, ClaimTranslation } from "../content/corpus.ts";
import { counterpart } from "./alternates.ts";
import { citedBy, type CitedByPage } from "./cited-by.ts";
import { correctionsPages, latestCorrection, revisionViews, type CorrectionsPage, type LatestCorrection, type RevisionView } from "./history.ts";
import { claimIndexPages, type ClaimIndexPage } from "./claim-index.ts";
import { claimReview } from "./claim-review.ts";
import { evidenceViewIn, type ClaimPage, type EvidenceView } from "./claim-page.ts";
import type { DisplayDate } from "./dates.ts";
import { jsonForScript, renderedMarkdown, type Html } from "./escape.ts";
import { homePage } from "./home-page.ts";
import { LANGUAGE_TAGS, SEARCH_SCRIPT_TEXT } from "./interface-text.ts";
import { topicLink, topicPages, verdictCount, verdictPages, type ListPage, type TopicLink, type VerdictCount } from "./list-pages.ts";
import { methodology, type Methodology } from "./methodology.ts";
import type { OfflineCopy } from "./offline-copy.ts";
import type { ClaimCard, Link, ModelContext, PageMeta, VerdictBadge } from "./model-context.ts";
import type { PublisherView } from "./publisher.ts";
import { offlinePage, suggestClaimUrl, type OfflinePage, type SearchPage } from "./site-pages.ts";
import { sourcePage, type SourcePage } from "./source-page.ts";
import { pathsIn } from "./urls.ts";
import { ZH_HANS_TEXT } from "./zh-hans-text.ts";

const TAG = LANGUAGE_TAGS["zh-hans"];

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
  /** The latest correction or verdict change, linked to the page's history. */
  readonly corrected?: LatestCorrection;
  /** The claim's history, with the English page's anchors, dates and verdict names in Chinese, notes in English. */
  readonly revisions: readonly RevisionView[];
  readonly alsoKnownAs: string;
  /** The same, ", " between, as the search script splits them. */
  readonly alsoKnownAsList: string;
  readonly bodyHtml: Html;
  readonly evidence: readonly ZhEvidence[];
  readonly topics: readonly { readonly href: string; readonly text: string }[];
  /** The English page, which this page translates. */
  readonly englishUrl: string;
  /** "en" when the claim is not translated yet: its claim, summary and explanation are the English. */
  readonly textLang?: string;
  /** Only on a translated page: the review of the claim in Chinese. */
  readonly claimReview?: WithContext<ClaimReview>;
  readonly jsonLdHtml?: Html;
}

/** A policy link; `hreflang` when it leads to an English address of this site. */
type ZhPolicyLink = Link & { readonly hreflang?: string };

/**
 * What the Chinese About page (pages/zh-hans/about.njk) says of the publisher
 * beyond `factcheck.publisher`, whose names, roles, funding and
 * private-channel rule it prints as they are: the links it words in Chinese.
 */
interface ZhPublisher {
  /** Who publishes the site (PublisherView.publishedBy), as a list for a Chinese sentence. */
  readonly publishedBy: string;
  /** How readers write to the publisher: the same address, the tracker named in Chinese. */
  readonly contact: Link;
  readonly tracker: Link;
  /** The four policies, named in Chinese, each at its Chinese page when it is a page of this site; a file of this site keeps its English address, marked `hreflang`. */
  readonly policies: readonly ZhPolicyLink[];
}

export interface ZhHansSite {
  readonly home: {
    readonly meta: PageMeta;
    readonly featured: readonly ClaimCard[];
    readonly featuredChosen: boolean;
    readonly verdicts: readonly VerdictCount[];
    readonly topics: readonly TopicLink[];
    /** The A–Z index's first page. */
    readonly claimIndexUrl: string;
    readonly totals: { readonly claims: number; readonly translated: number };
  };
  readonly search: SearchPage;
  readonly notFound: PageMeta;
  /** The methodology's numbers, the same owner's as the English page's; its Chinese text is pages/zh-hans/methodology.njk. */
  readonly methodology: { readonly meta: PageMeta; readonly numbers: Methodology };
  /** Its Chinese text is pages/zh-hans/about.njk. */
  readonly about: { readonly meta: PageMeta; readonly publisher: ZhPublisher };
  /** Paginated as the English list, entry for entry. */
  readonly corrections: readonly CorrectionsPage[];
  /** Its Chinese text is pages/zh-hans/offline.njk; the download is the one offline copy (SiteModel.offlineCopy). */
  readonly offline: OfflinePage;
  readonly claims: readonly ZhClaimPage[];
  readonly topicPages: readonly ListPage[];
  readonly verdictPages: readonly ListPage[];
  readonly claimIndex: readonly ClaimIndexPage[];
  /** Source pages with Chinese interface: the source's own metadata and quotes stay as written. */
  readonly sources: readonly SourcePage[];
  readonly sourceCitedBy: readonly CitedByPage[];
}

/**
 * `revisions` are the claim's, shared with the Chinese corrections page; `english` is the claim's English page,
 * whose evidence (quoted verbatim, the same on both pages but for its links) this page shows.
 */
function zhClaimPage(c: Claim, t: ClaimTranslation | undefined, zh: ModelContext, en: ModelContext, revisions: readonly RevisionView[], english: ClaimPage): ZhClaimPage {
  const path = zh.paths.claim(c.id);
  const canonical = zh.absolute(path);
  const card = zh.card(c.id)!;
  // ClaimReview of a translated page: the translated claim and the Chinese verdict name, in Chinese.
  const review =
    t &&
    claimReview({ ...c, claim: t.claim }, { ...zh.corpus.verdict(c.verdict)!, label: card.verdict.label }, zh.ratingBounds, zh.publisher.organization, TAG, canonical);
  const alsoKnownAs = t?.alsoKnownAs ?? c.alsoKnownAs;
  const corrected = latestCorrection(revisions);
  return {
    id: c.id,
    meta: zh.meta({
      path,
      title: card.claim,
      description: `${card.verdict.label}：${card.summary}`,
      language: TAG,
      ...counterpart(zh, { en: en.paths.claim(c.id), "zh-hans": path }, "zh-hans", t !== undefined),
    }),
    claim: card.claim,
    summary: card.summary,
    verdict: card.verdict,
    published: zh.date(c.published),
    reviewed: zh.date(c.reviewed),
    ...(corrected === undefined ? {} : { corrected }),
    revisions,
    alsoKnownAs: alsoKnownAs.join("、"),
    alsoKnownAsList: alsoKnownAs.join(", "),
    // Not translated: the English page's explanation.
    bodyHtml: t ? renderedMarkdown(t.bodyHtml) : english.bodyHtml,
    evidence: c.evidence.map((entry, i) => ({
      ...evidenceViewIn(english.evidence[i]!, entry, zh),
      quoteLang: zh.corpus.excerpt(entry.ref)!.lang ?? zh.corpus.source(entry.sourceId)!.language,
    })),
    topics: c.topics.map((id) => ({ href: zh.href.topic(id), text: zh.topicText(zh.corpus.topic(id)!).label })),
    englishUrl: en.href.claim(c.id),
    ...(t ? {} : { textLang: LANGUAGE_TAGS.en }),
    ...(review ? { claimReview: review, jsonLdHtml: jsonForScript(review) } : {}),
  };
}

function zhPublisher(zh: ModelContext): ZhPublisher {
  const p = zh.publisher;
  const tracker = { href: p.tracker.href, text: ZH_HANS_TEXT.about.tracker };
  // A policy published on a page of this site is read on that page's Chinese twin; one in a shared file keeps its English address.
  const policy = (link: PublisherView["policies"][number]): ZhPolicyLink => {
    const twin = link.path === undefined ? undefined : zh.href.twin(link.path);
    if (twin !== undefined) return { href: twin, text: ZH_HANS_TEXT.about.policies[link.key] };
    return { href: link.href, text: ZH_HANS_TEXT.about.policies[link.key], ...(link.path === undefined ? {} : { hreflang: LANGUAGE_TAGS.en }) };
  };
  return {
    publishedBy: p.publishedByNames.join("、"),
    contact: p.privateChannel ? p.contact : tracker,
    tracker,
    policies: p.policies.map(policy),
  };
}

/** Every Chinese page model: O(claims + topics + verdicts), plus sorting. `english` are the English claim pages, in the corpus's order. */
export function zhHansSite(zh: ModelContext, en: ModelContext, copy: OfflineCopy, english: readonly ClaimPage[]): ZhHansSite {
  const { corpus } = zh;
  const homePath = zh.paths.home();
  // The Chinese home has no "recent changes": they are written in English (the corrections page).
  const { featured, featuredChosen } = homePage(zh, []);
  const cited = corpus.sources.map((s) => citedBy(s, zh));
  const revisions = new Map(corpus.claims.map((c) => [c.id, revisionViews(c, zh)]));
  return {
    home: {
      meta: zh.meta({
        path: homePath,
        title: "",
        description: ZH_HANS_TEXT.tagline,
        language: TAG,
        ...counterpart(zh, { en: pathsIn.en.home(), "zh-hans": homePath }, "zh-hans"),
      }),
      featured,
      featuredChosen,
      verdicts: corpus.verdicts.map((v) => verdictCount(v, zh)),
      topics: corpus.topics.filter((t) => corpus.claimsInTopic(t.id).length > 0).map((t) => topicLink(t, zh)),
      claimIndexUrl: zh.href.claimIndex(),
      totals: { claims: corpus.claims.length, translated: corpus.translations.length },
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
      topics: corpus.topics.map((t) => ({ href: zh.href.topic(t.id), text: zh.topicText(t).label })),
      scriptTextHtml: jsonForScript(SEARCH_SCRIPT_TEXT["zh-hans"]),
    },
    notFound: zh.meta({ path: zh.paths.notFound(), title: ZH_HANS_TEXT.notFound.title }),
    methodology: {
      meta: zh.meta({ path: zh.paths.methodology(), title: ZH_HANS_TEXT.methodology.title, description: ZH_HANS_TEXT.methodology.description, ...zh.pair((p) => p.methodology()) }),
      numbers: methodology(corpus.verdicts, "zh-hans"),
    },
    about: {
      meta: zh.meta({ path: zh.paths.about(), title: ZH_HANS_TEXT.about.title, description: ZH_HANS_TEXT.about.description, ...zh.pair((p) => p.about()) }),
      publisher: zhPublisher(zh),
    },
    corrections: correctionsPages(zh, revisions),
    offline: offlinePage(zh, copy, ZH_HANS_TEXT.offline),
    claims: corpus.claims.map((c, i) => zhClaimPage(c, corpus.translation(c.id, "zh-hans"), zh, en, revisions.get(c.id)!, english[i]!)),
    topicPages: corpus.topics.flatMap((t) => topicPages(t, zh)),
    verdictPages: corpus.verdicts.flatMap((v) => verdictPages(v, zh)),
    claimIndex: claimIndexPages(zh.cards(corpus.claims), zh, zh.site.perPage.claims),
    sources: corpus.sources.map((s, i) => sourcePage(s, zh, cited[i]!.excerpts)),
    sourceCitedBy: cited.flatMap((c) => c.pages),
  };
}

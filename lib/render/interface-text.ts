/**
 * The words of the Chinese pages' interface, and of the search and "save
 * everything" scripts in both languages, in one place: templates print these
 * and never write Chinese of their own (the methodology, About and offline
 * pages keep their long text in their own Markdown, pages/zh-hans/*.md). Verdict and topic names are content and live in data/ (their
 * `zh-hans` blocks), not here; the accessible name of a citation marker is
 * written with the Markdown, below this layer (lib/markdown/citations.ts).
 */
import type { Source } from "../content/corpus.ts";
import { LICENCE } from "./licence.ts";
import type { Language } from "./urls.ts";

type SourceKind = Source["kind"];

/** BCP 47 tags: the `lang` and `hreflang` of each language's pages. */
export const LANGUAGE_TAGS = { en: "en", "zh-hans": "zh-Hans" } as const;

/** The A–Z index's title, which the Chinese footer links by name. */
const ZH_CLAIM_INDEX_TITLE = "全部说法（按拼音排序）";

export const ZH_HANS_TEXT = {
  siteTitle: "社会信用事实核查",
  tagline: "中国的社会信用体系是什么、不是什么——逐条核查，原文引用资料。",
  skipLink: "跳到正文",
  navLabel: "网站",
  nav: { topics: "主题", claimIndex: "全部说法", search: "搜索", methodology: "核查方法", about: "关于本站" },
  searchLabel: "搜索说法",
  searchPlaceholder: "搜索说法",
  searchButton: "搜索",
  /** The link to the same page in the other language, and its accessible name. */
  /** Beside a claim listed in English on a Chinese page. */
  untranslated: "尚无中文译文",
  switchToEnglish: "English",
  switchToEnglishLabel: "Read this page in English",
  switchToChinese: "中文",
  switchToChineseLabel: "阅读本页中文版",
  footerQuotes: "引文是其出版者的作品，本站仅以简短、注明出处的摘录形式转载；证据中的引文保持原文语言，本站所附的中文译文不是资料本身的措辞。",
  footerEnglish: "英文版",
  /** The footer's links, as the English footer has them; the offline page's is its title (`offline.title`). */
  footer: {
    claimIndex: ZH_CLAIM_INDEX_TITLE,
    methodology: "我们如何核查说法",
    /** Around the link to the licence. */
    licence: "本站自己撰写的文字采用 ",
    licenceEnd: " 许可，引文除外。",
    licenceLink: "许可协议",
    corrections: "更正记录",
    feed: "Atom 订阅",
    openData: "开放数据",
  },
  home: {
    lede: "每个页面列出一条人们常见的说法，依照公开的评级标准给出结论，说明真实情况，并逐字引用资料原文、链接到原始出处。",
    totals: (claims: number, excerpts: number, sources: number) => `已核查 ${claims} 条说法，引用 ${sources} 份资料中的 ${excerpts} 段摘录。`,
    translated: (translated: number) => `其中 ${translated} 条已有中文译文，其余暂以英文原文显示。`,
    byVerdict: "按结论浏览",
    featured: "精选说法",
    recentlyReviewed: "最近审核的说法",
    allClaims: (claims: number) => `全部 ${claims} 条说法（按拼音排序）`,
    byTopic: "按主题浏览",
  },
  claim: {
    label: "说法",
    verdict: "本站结论：",
    verdictMeaning: "此结论的含义",
    whatsTrue: "真实情况",
    dateline: (published: string, reviewed: string) => `发布于 ${published} · 最近审核于 ${reviewed}`,
    /** Before the date of the latest correction, which the dateline links to its entry in the page's history. */
    correctedOn: "更正于 ",
    alsoSearchedAs: "其他搜索词：",
    explanation: "解释",
    evidence: "证据",
    evidenceNote: "以下引文照录资料本身的文字，保持其原文语言，本站未作翻译；解释中英文引语后括号里的中文是本站的译文，不是资料的原话。",
    onSourcePage: "资料页面中的这段摘录",
    inOriginal: "原始出处",
    /** The page's history: the English page's "Corrections and changes", each entry as the corrections page words it. */
    revisions: "更正与改动",
    topics: "主题：",
    englishVersion: "阅读英文原文",
    translationNote: "本页由本站译自英文版；如两者有出入，以英文版为准。",
    untranslatedNote: "这条说法尚无中文译文：说法、真实情况和解释暂以英文原文显示，本站结论和证据与英文版相同。",
  },
  methodology: {
    title: "核查方法",
    description: "本站如何选择和核查说法、结论的评级标准、引用资料的规则，以及如何更正。",
  },
  about: {
    title: "关于本站",
    description: "谁发布这个事实核查网站，如何核查和更正说法，如何参与，以及本站文字、代码和数据的许可协议。",
    /** The repository's issue tracker, as the Chinese pages name it. */
    tracker: "代码仓库的议题追踪页面（GitHub Issues）",
    /** The four policies of data/site.yaml, by their key there. */
    policies: {
      publishingPrinciples: "发布原则",
      verificationFactCheckingPolicy: "如何核查说法",
      correctionsPolicy: "更正政策",
      ownershipFundingInfo: "所有权与资金",
    },
  },
  /** The corrections page; its title is PAGE_WORDS' `correctionsTitle`. */
  corrections: {
    /** The lede, around its link to the methodology's corrections section. */
    lede: "已发布说法的每一项改动，按时间由近及远排列，每一项都链接到相应的说法。本站如何更正，详见",
    methodology: "核查方法",
    ledeEnd: "。改动说明只有英文，此处照录原文，不作翻译；每条说法的全部修订记录见其页面。",
    /** Around the link to the Chinese feed. */
    feed: "如需关注新增说法和更正，可使用",
    feedLink: "中文 Atom 订阅",
    feedEnd: "（只收录已有中文译文的说法）。",
    withdrawn: "已撤回。",
    corrected: "已更正。",
    /** 结论由<strong>from</strong>改为<strong>to</strong>。 */
    verdictFrom: "结论由",
    verdictTo: "改为",
    empty: "已发布的说法尚无任何更正、改动或撤回。",
  },
  /** The offline page's text is pages/zh-hans/offline.njk; what its script writes is OFFLINE_SCRIPT_TEXT. */
  offline: {
    title: "离线阅读",
    description: "把整个网站保存在您的设备上：保存在浏览器中，或下载一份副本。",
  },
  source: {
    eyebrow: "资料",
    publisher: "出版者",
    author: "作者",
    notShown: "未显示",
    inferredAuthor: "推断作者",
    inferredNote: "（资料未显示；推断理由：",
    documentDate: "文件日期",
    posted: "网页发布日期",
    published: "发布日期",
    original: "原始出处",
    readAt: "所读副本",
    archived: "存档副本",
    language: "语言",
    provenance: "来源说明：",
    note: "资料的标题、出版信息、说明和引文保持原文语言，不作翻译。",
    sameAuthor: "同一作者的其他资料",
    sameAuthorNote: "同一个人在多处发表的作品，在衡量资料是否相互独立时只算一次。",
    inferredAuthorship: "（作者为推断：",
    excerpts: "摘录",
    originalText: "原文：",
    translationText: "译文：",
    citeExcerpt: "引用这段摘录",
    citeOther: "MLA、芝加哥格式及文献管理软件所用的文件，见",
    citeSource: "“引用这份资料”部分",
    citeAddPlace: "，引用时请补上位置：",
    citeSourceNote: "以下是原作品在文献管理软件中保存的格式；上面每段摘录另有注明其位置的引用格式。",
    citedBy: "引用这段摘录的说法：",
    allCiting: (n: number) => `引用这段摘录的全部 ${n} 条说法`,
    download: "下载：",
    citedByEyebrow: "引用这份资料的说法",
    citedByLede: "每段摘录下列出引用它的每一条说法。",
    backToSource: "返回资料页面",
  },
  notFound: {
    title: "找不到页面",
    text: "这个网址没有页面。说法的网址永久不变，因此，如果您是通过指向某条说法的链接来到这里的，请告诉我们。您可以",
    search: "搜索",
    or: "，或",
    topics: "按主题浏览全部说法",
  },
  list: {
    topic: "主题",
    verdict: "结论",
    noClaimsTopic: "这个主题暂无说法。",
    noClaimsVerdict: "暂无得出这一结论的说法。",
    letters: "拼音首字母",
    continued: "（续）",
  },
  search: {
    title: "搜索",
    heading: "搜索说法",
    label: "要搜索的词",
    placeholder: "例如：社会信用分、黑名单、失信",
    noScript: "搜索需要 JavaScript，而您的浏览器目前没有启用。不用搜索也可以阅读每一条说法：请看",
    allClaims: "全部说法（按拼音排序）",
    waysOn: "查找说法的其他途径",
    byTopic: "按主题：",
    suggest: "建议本站核查这一说法",
    suggestWhere: "（GitHub 上的表单）",
  },
} as const;

/**
 * The words the search page's script writes (assets/search.js), in each
 * language: the page hands them over as JSON. `{q}` is the query, `{n}` a
 * count, `{shown}` how many are shown, `{words}` a list of words.
 */
export const SEARCH_SCRIPT_TEXT = {
  en: {
    language: "en",
    none: "No results for “{q}”.",
    one: "1 result for “{q}”.",
    many: "{n} results for “{q}”.",
    manyShown: "{n} results for “{q}”, the first {shown} shown.",
    didYouMean: "Did you mean ",
    didYouMeanEnd: "?",
    or: " or ",
    listSeparator: ", ",
    quoted: "“{w}”",
    unknownOne: "No page has the word {words}.",
    unknownMany: "No page has the words {words}.",
    ignored: "Left out as too common: {words}.",
    partial: "No page has every word; closest matches:",
    without: "Without: {words}",
    source: "Source",
    verdict: "Verdict: ",
    filters: "Filter results",
    more: "Show more results",
    filterNames: { verdict: "Verdict", topic: "Topic", kind: "Source kind" },
  },
  "zh-hans": {
    language: "zh-hans",
    none: "没有找到“{q}”的结果。",
    one: "找到 1 条“{q}”的结果。",
    many: "找到 {n} 条“{q}”的结果。",
    manyShown: "找到 {n} 条“{q}”的结果，显示前 {shown} 条。",
    didYouMean: "您要找的是不是",
    didYouMeanEnd: "？",
    or: "或",
    listSeparator: "、",
    quoted: "“{w}”",
    unknownOne: "没有页面包含{words}。",
    unknownMany: "没有页面包含{words}。",
    ignored: "以下词语太常见，未计入搜索：{words}。",
    partial: "没有页面包含所有词语，以下是最接近的结果：",
    without: "未包含：{words}",
    source: "资料",
    verdict: "结论：",
    filters: "筛选结果",
    more: "显示更多结果",
    filterNames: { verdict: "结论", topic: "主题", kind: "资料类型" },
  },
} as const satisfies Record<Language, Record<string, unknown>>;

/**
 * The words the offline page's script writes (assets/site.js: "Save
 * everything for offline"), in each language: the page hands them over as
 * JSON. `{size}` is megabytes, `{done}` and `{total}` counts of files.
 */
export const OFFLINE_SCRIPT_TEXT = {
  en: {
    save: "Save everything for offline ({size} MB)",
    saved: "Saved {done} of {total} files.",
    done: "Everything is saved for offline reading.",
  },
  "zh-hans": {
    save: "保存全站，供离线阅读（{size} MB）",
    saved: "已保存 {done} 个文件，共 {total} 个。",
    done: "已全部保存，可以离线阅读。",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** What a list page calls its items. */
type Noun = "claim" | "correction";

/**
 * The words page models write in each language: counts, page numbers, the
 * titles of list pages, the links between a list's pages.
 */
export interface PageWords {
  count(n: number, noun: Noun): string;
  /** "Page 2 of 40". */
  page(number: number, count: number): string;
  /** `all` ("1,987 claims") and `page` on a list of several pages, and which items it shows. */
  status(all: string, page: string, from: number, last: number): string;
  paged(title: string, number: number, count: number): string;
  verdictTitle(label: string): string;
  readonly claimIndexTitle: string;
  readonly claimIndexDescription: string;
  readonly correctionsTitle: string;
  readonly correctionsDescription: string;
  sourceDescription(title: string, publisher: string): string;
  /** "29 claims cite this source." */
  citingStatus(n: number): string;
  citedByTitle(sourceTitle: string): string;
  citedByDescription(sourceTitle: string, publisher: string): string;
  readonly sourceKinds: Readonly<Record<SourceKind, string>>;
  /** The screen-reader prefix of a verdict badge. */
  readonly verdictPrefix: string;
  /** The links between the pages of a list (partials/page-nav.njk). */
  readonly nav: { readonly label: string; readonly previous: string; readonly next: string; readonly pageHidden: string; all(count: number): string };
}

const number = (n: number) => n.toLocaleString("en");

export const PAGE_WORDS: Readonly<Record<Language, PageWords>> = {
  en: {
    count: (n, noun) => `${number(n)} ${noun}${n === 1 ? "" : "s"}`,
    page: (n, count) => `Page ${n} of ${count}`,
    status: (all, page, from, last) => `${all}. ${page} shows ${number(from)}–${number(last)}.`,
    paged: (title, n, count) => `${title} (page ${n} of ${count})`,
    verdictTitle: (label) => `Verdict: ${label}`,
    claimIndexTitle: "All claims, A–Z",
    claimIndexDescription: "Every claim checked on this site, in alphabetical order, with its verdict.",
    correctionsTitle: "Corrections and verdict changes",
    correctionsDescription: "Every correction, verdict change and withdrawal made to a published fact check, newest first.",
    sourceDescription: (title, publisher) => `Source: ${title}, ${publisher}. Excerpts quoted by claims on this site.`,
    citingStatus: (n) => `${number(n)} claim${n === 1 ? "" : "s"} ${n === 1 ? "cites" : "cite"} this source.`,
    citedByTitle: (title) => `Claims citing ${title}`,
    citedByDescription: (title, publisher) => `Every claim on this site that quotes ${title}, ${publisher}, excerpt by excerpt.`,
    sourceKinds: {
      news: "News",
      "government-document": "Government document",
      "court-document": "Court document",
      "law-translation": "Law translation",
      academic: "Academic",
      "working-paper": "Working paper",
      analysis: "Analysis",
      reference: "Reference",
      "company-statement": "Company statement",
    },
    verdictPrefix: "Verdict: ",
    nav: { label: "Pages", previous: "Previous", next: "Next", pageHidden: " page", all: (count) => `All ${count} pages` },
  },
  "zh-hans": {
    count: (n, noun) => `${number(n)} ${noun === "claim" ? "条说法" : "条更正"}`,
    page: (n, count) => `第 ${n} 页，共 ${count} 页`,
    status: (all, page, from, last) => `共 ${all}。${page}，显示第 ${number(from)} 至 ${number(last)} 条。`,
    paged: (title, n, count) => `${title}（第 ${n} 页，共 ${count} 页）`,
    verdictTitle: (label) => `结论：${label}`,
    claimIndexTitle: ZH_CLAIM_INDEX_TITLE,
    claimIndexDescription: "本站核查的每一条说法，按拼音排序，附本站结论。",
    correctionsTitle: "更正与结论变更",
    correctionsDescription: "对已发布说法所作的每一项更正、结论变更和撤回，按时间由近及远排列。",
    sourceDescription: (title, publisher) => `资料：《${title}》，${publisher}。收录本站各条说法所引用的摘录。`,
    citingStatus: (n) => `本站有 ${number(n)} 条说法引用这份资料。`,
    citedByTitle: (title) => `引用《${title}》的说法`,
    citedByDescription: (title, publisher) => `本站引用《${title}》（${publisher}）的每一条说法，按摘录列出。`,
    sourceKinds: {
      news: "新闻",
      "government-document": "政府文件",
      "court-document": "法院文书",
      "law-translation": "法律译文",
      academic: "学术文献",
      "working-paper": "工作论文",
      analysis: "分析评论",
      reference: "参考资料",
      "company-statement": "企业声明",
    },
    verdictPrefix: "结论：",
    nav: { label: "分页", previous: "上一页", next: "下一页", pageHidden: "", all: (count) => `全部 ${count} 页` },
  },
};

/**
 * The words of the changes the feeds and the English home page announce, in
 * each language: what happened to a fact check, and each feed's own title.
 * Withdrawals are announced in English only: a withdrawn claim has no Chinese page.
 */
export const CHANGE_TEXT = {
  en: {
    feedTitle: (siteTitle: string) => `${siteTitle}: new claims and corrections`,
    rights: `Text: ${LICENCE.name}, except quotations`,
    new: "New",
    corrected: "Corrected",
    verdictChanged: (label: string) => `Verdict changed to ${label}`,
    withdrawn: "Withdrawn",
    entryTitle: (what: string, claim: string) => `${what}: ${claim}`,
    newSummary: (verdict: string, summary: string) => `${verdict}. ${summary}`,
  },
  "zh-hans": {
    feedTitle: (siteTitle: string) => `${siteTitle}：新增说法与更正`,
    rights: `本站文字采用 ${LICENCE.name} 许可，引文除外`,
    new: "新增",
    corrected: "更正",
    verdictChanged: (label: string) => `结论改为${label}`,
    entryTitle: (what: string, claim: string) => `${what}：${claim}`,
    newSummary: (verdict: string, summary: string) => `${verdict}。${summary}`,
  },
} as const satisfies Record<Language, Record<string, unknown>>;

/** A content date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as Chinese readers write it: 2026年1月2日. */
export function chineseDate(value: string): string {
  const [year, month, day] = value.split("-");
  return `${year}年${month ? `${Number(month)}月` : ""}${day ? `${Number(day)}日` : ""}`;
}

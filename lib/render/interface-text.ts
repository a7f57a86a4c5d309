/**
 * The words of the Chinese pages' interface, and of the search script in both
 * languages, in one place: templates print these and never write Chinese of
 * their own. Verdict and topic names are content and live in data/ (their
 * `zh-hans` blocks), not here.
 */
import type { Language } from "./urls.ts";

/** BCP 47 tags: the `lang` and `hreflang` of each language's pages. */
export const LANGUAGE_TAGS = { en: "en", "zh-hans": "zh-Hans" } as const;

export const ZH_HANS_TEXT = {
  siteTitle: "社会信用事实核查",
  tagline: "中国的社会信用体系是什么、不是什么——逐条核查，原文引用资料。",
  skipLink: "跳到正文",
  navLabel: "网站",
  nav: { home: "全部说法", search: "搜索", methodologyEn: "核查方法（英文）", aboutEn: "关于本站（英文）" },
  searchLabel: "搜索说法",
  searchPlaceholder: "搜索说法",
  searchButton: "搜索",
  /** The link to the same page in the other language, and its accessible name. */
  switchToEnglish: "English",
  switchToEnglishLabel: "Read this page in English",
  switchToChinese: "中文",
  switchToChineseLabel: "阅读本页中文版",
  footerQuotes: "引文版权归其出版者所有，本站仅以简短、注明出处的摘录形式引用；证据中的引文保持原文语言，不作为资料本身的中文措辞。",
  footerEnglish: "英文版",
  home: {
    lede: "本站逐条列出人们常见的说法，依照公开的评级标准给出结论，说明真实情况，并逐字引用资料原文、链接到原始出处。",
    totals: (claims: number, excerpts: number, sources: number) => `已核查 ${claims} 条说法，引用 ${sources} 份资料中的 ${excerpts} 段摘录。`,
    byVerdict: "按结论浏览",
    byTopic: "按主题浏览",
  },
  claim: {
    label: "说法",
    verdict: "本站结论：",
    verdictMeaning: "此结论的含义（英文）",
    whatsTrue: "真实情况",
    dateline: (published: string, reviewed: string) => `发布于 ${published} · 最近审核于 ${reviewed}`,
    alsoSearchedAs: "其他说法：",
    explanation: "解释",
    evidence: "证据",
    evidenceNote: "以下引文保持资料的原文语言（英文），是资料本身的措辞；本站不把中文译文当作资料的原话。",
    onSourcePage: "资料页面中的这段摘录（英文）",
    inOriginal: "原始出处",
    topics: "主题：",
    englishVersion: "阅读英文原文",
    translationNote: "本页由本站从英文版翻译；如两者有出入，以英文版为准。",
  },
  search: {
    title: "搜索",
    heading: "搜索说法",
    label: "要搜索的词",
    placeholder: "例如：社会信用分、黑名单、失信",
    noScript: "搜索需要启用 JavaScript。不用搜索也可以阅读所有说法：",
    allClaims: "全部说法",
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
    filterNames: { verdict: "Verdict", topic: "Topic", kind: "Source kind" },
  },
  "zh-hans": {
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
    filterNames: { verdict: "结论", topic: "主题", kind: "资料类型" },
  },
} as const satisfies Record<Language, Record<string, unknown>>;

/**
 * The words of the changes the feeds and the English home page announce, in
 * each language: what happened to a fact check, and each feed's own title.
 * Withdrawals are announced in English only: a withdrawn claim has no Chinese page.
 */
export const CHANGE_TEXT = {
  en: {
    feedTitle: (siteTitle: string) => `${siteTitle}: new claims and corrections`,
    rights: "Text: CC BY 4.0, except quotations",
    new: "New",
    corrected: "Corrected",
    verdictChanged: (label: string) => `Verdict changed to ${label}`,
    withdrawn: "Withdrawn",
    entryTitle: (what: string, claim: string) => `${what}: ${claim}`,
    newSummary: (verdict: string, summary: string) => `${verdict}. ${summary}`,
  },
  "zh-hans": {
    feedTitle: (siteTitle: string) => `${siteTitle}：新增说法与更正`,
    rights: "本站文字采用 CC BY 4.0 许可，引文除外",
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

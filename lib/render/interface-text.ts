/**
 * The words of the Chinese pages' interface, in one place: templates print
 * these and never write Chinese of their own. Verdict and topic names are
 * content and live in data/ (their `zh-hans` blocks), not here.
 */

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
    noResults: "没有找到“{q}”的结果。",
    found: "找到 {n} 条“{q}”的结果。",
    foundSome: "找到 {n} 条“{q}”的结果，显示前 {shown} 条。",
  },
} as const;

/** A content date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as Chinese readers write it: 2026年1月2日. */
export function chineseDate(value: string): string {
  const [year, month, day] = value.split("-");
  return `${year}年${month ? `${Number(month)}月` : ""}${day ? `${Number(day)}日` : ""}`;
}

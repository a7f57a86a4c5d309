/**
 * The words of the Chinese pages' interface, in one place: templates print
 * these and never write Chinese of their own (the methodology, About and offline
 * pages keep their long text in their own Markdown, pages/zh-hans/*.md). Verdict and topic names are content and live in data/ (their
 * `zh-hans` blocks), not here; the accessible name of a citation marker is
 * written with the Markdown, below this layer (lib/markdown/citations.ts).
 */

/** The A–Z index's title, which the Chinese footer links by name. */
export const ZH_CLAIM_INDEX_TITLE = "全部说法（按拼音排序）";

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
    /** Under a quote, as on the source page: the copy it was read from (before the host's name) and the archived copy. */
    readFromCopy: "所读副本：",
    archivedCopy: "存档副本",
    /** Under a quote, as the English page's "Same author as [1], [2]: Name (authorship inferred; see the source page)." */
    sameAuthor: { before: "与", between: "、", beforeName: "出自同一作者：", inferred: "（作者为推断，详见资料页面）", end: "。" },
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
    inferredNoteEnd: "）",
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

/**
 * The words page models write (counts, page numbers, list titles), one set
 * per language: a model reads them from its context (`ctx.words`), so it is
 * built the same way in every language.
 */
import type { Source } from "../content/corpus.ts";
import type { Language } from "./urls.ts";
import { ZH_CLAIM_INDEX_TITLE } from "./zh-hans-text.ts";

type SourceKind = Source["kind"];

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

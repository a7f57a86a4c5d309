/**
 * How the feeds and the home page's recent changes word what happened to a
 * fact check, in each language: one owner, so the two never word it apart.
 */
import { LICENCE } from "./licence.ts";
import type { Language } from "./urls.ts";

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

/**
 * The words the site's scripts write, in each language, and each language's
 * tag. The scripts hold no words of their own: the page hands them these as
 * JSON. The rest of the interface text: the Chinese pages' own words in
 * `zh-hans-text.ts`, what page models write in each language in
 * `page-words.ts`, the feeds' words in `change-text.ts`.
 */
import type { Language } from "./urls.ts";

/** BCP 47 tags: the `lang` and `hreflang` of each language's pages. */
export const LANGUAGE_TAGS = { en: "en", "zh-hans": "zh-Hans" } as const;

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
    moreFailed: "Could not load more results: you may be offline.",
    failed: "Search could not finish for “{q}”: part of its index did not load. You may be offline.",
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
    moreFailed: "无法加载更多结果：您可能处于离线状态。",
    failed: "未能完成“{q}”的搜索：部分搜索索引无法加载。您可能处于离线状态。",
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

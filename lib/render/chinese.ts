/**
 * Marks runs of Chinese in English pages with `lang="zh"` (WCAG 3.1.2), so
 * screen readers switch voice and browsers pick a CJK font. Works on HTML that
 * lib/ produced or escaped: only text between tags is touched, never a tag or
 * an attribute, so escaping is preserved.
 */
import { escapeHtml, type Html } from "./escape.ts";

// A run starts and ends with a Han character and may hold CJK punctuation inside
// (“失信被执行人，名单” is one run; the ASCII parenthesis around it is not).
const CHINESE_RUN = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff0c\uff1a\uff1b]*\p{Script=Han})?/gu;
const TAG = /(<[^>]*>)/;

/**
 * Wraps every Chinese run in the text parts of `html` in `<span lang="zh">`.
 * @example markChinese("<p>Sesame Credit (芝麻信用)</p>") // '<p>Sesame Credit (<span lang="zh">芝麻信用</span>)</p>'
 */
export function markChinese(html: Html): Html {
  return html
    .split(TAG)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CHINESE_RUN, (run) => `<span lang="zh">${run}</span>`)))
    .join("") as Html;
}

/**
 * Escapes plain contributor text and marks its Chinese runs.
 * @example textWithChinese("老赖 & co") // '<span lang="zh">老赖</span> &amp; co'
 */
export function textWithChinese(text: string): Html {
  return markChinese(escapeHtml(text));
}

import { expect, test } from "vitest";
import { markChinese, textWithChinese } from "../../lib/render/chinese.ts";
import type { Html } from "../../lib/render/escape.ts";

const html: [string, string][] = [
  ["<p>Sesame Credit (芝麻信用)</p>", '<p>Sesame Credit (<span lang="zh">芝麻信用</span>)</p>'],
  ["no Chinese here", "no Chinese here"],
  ["失信被执行人，名单 and 老赖", '<span lang="zh">失信被执行人，名单</span> and <span lang="zh">老赖</span>'],
  // Never inside a tag or an attribute.
  ['<a href="/x" title="芝麻">芝麻</a>', '<a href="/x" title="芝麻"><span lang="zh">芝麻</span></a>'],
  // Trailing CJK punctuation stays outside the run.
  ["（社会信用体系）", '（<span lang="zh">社会信用体系</span>）'],
  ["pinyin Zhīma Xìnyòng", "pinyin Zhīma Xìnyòng"],
];
for (const [input, expected] of html) test(`markChinese(${input})`, () => expect(markChinese(input as Html)).toBe(expected));

const text: [string, string][] = [
  ["老赖 & co", '<span lang="zh">老赖</span> &amp; co'],
  ['<script>"芝麻"</script>', '&lt;script&gt;&quot;<span lang="zh">芝麻</span>&quot;&lt;/script&gt;'],
];
for (const [input, expected] of text) test(`textWithChinese(${input})`, () => expect(textWithChinese(input)).toBe(expected));

/**
 * The links between a page and its counterpart in the other language: the
 * `hreflang` alternates (absolute, English as `x-default`) and the language
 * switch. Only pages that exist in both languages get them.
 */
import { LANGUAGE_TAGS } from "./interface-text.ts";
import type { Link, ModelContext } from "./model-context.ts";
import { withBase } from "./urls.ts";
import { ZH_HANS_TEXT } from "./zh-hans-text.ts";

export interface Alternate {
  /** A BCP 47 tag, or `x-default`. */
  readonly hreflang: string;
  readonly href: string;
}

export interface LanguageSwitch extends Link {
  /** The language of the page it leads to (its `hreflang` and the link text's `lang`). */
  readonly lang: string;
}

/** Root-relative paths (no prefix) of one page in each language. */
export interface PagePair {
  readonly en: string;
  readonly "zh-hans": string;
}

function alternates(ctx: ModelContext, pair: PagePair): Alternate[] {
  return [
    { hreflang: LANGUAGE_TAGS.en, href: ctx.absolute(pair.en) },
    { hreflang: LANGUAGE_TAGS["zh-hans"], href: ctx.absolute(pair["zh-hans"]) },
    { hreflang: "x-default", href: ctx.absolute(pair.en) },
  ];
}

/** The switch on a page in `from`, leading to the same page in the other language. */
function languageSwitch(ctx: ModelContext, pair: PagePair, from: keyof PagePair): LanguageSwitch {
  const to = from === "en" ? "zh-hans" : "en";
  const text = ZH_HANS_TEXT;
  return {
    href: withBase(pair[to], ctx.site.pathPrefix),
    text: to === "en" ? text.switchToEnglish : text.switchToChinese,
    label: to === "en" ? text.switchToEnglishLabel : text.switchToChineseLabel,
    lang: LANGUAGE_TAGS[to],
  };
}

/**
 * Both at once: what a page's `meta` carries when it has a counterpart. A
 * claim not yet translated has a Chinese page showing the English, which is
 * no alternate of it (`translated` false): the switch alone links the two.
 */
export function counterpart(ctx: ModelContext, pair: PagePair, from: keyof PagePair, translated = true) {
  return { ...(translated ? { alternates: alternates(ctx, pair) } : {}), languageSwitch: languageSwitch(ctx, pair, from) };
}

/** Languages as readers name them, from the codes contributors write (BCP 47: `en`, `zh`, `zh-Hans`). */
import type { Language } from "./urls.ts";

const NAMES: Record<Language, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(["en"], { type: "language", fallback: "code" }),
  "zh-hans": new Intl.DisplayNames(["zh-Hans"], { type: "language", fallback: "code" }),
};

/**
 * @example languageName("zh") // "Chinese"
 * @example languageName("zh-Hans") // "Simplified Chinese"
 * @example languageName("en", "zh-hans") // "英语"
 */
export function languageName(code: string, on: Language = "en"): string {
  try {
    return NAMES[on].of(code) ?? code;
  } catch {
    // Not a language tag at all: shown as written.
    return code;
  }
}

/** Languages as readers name them, from the codes contributors write (BCP 47: `en`, `zh`, `zh-Hans`). */
const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/**
 * @example languageName("zh") // "Chinese"
 * @example languageName("zh-Hans") // "Simplified Chinese"
 */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    // Not a language tag at all: shown as written.
    return code;
  }
}

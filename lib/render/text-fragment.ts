/**
 * Links to a quoted passage inside its original page with a text fragment
 * (`#:~:text=start,end`), which browsers scroll to and highlight.
 * https://wicg.github.io/scroll-to-text-fragment/
 */
import { OMISSION } from "../content/quote-check.ts";

/** Words kept at each end of the passage: enough to be unique, short enough to survive edits nearby. */
const EDGE_WORDS = 4;
/** Characters kept at each end of text written without spaces (Chinese, Japanese). */
const EDGE_CHARS = 8;
/** Quote marks and omission dots at the edges of a quote are ours, not the page's. */
const EDGE_PUNCTUATION = /^[\s"“”‘’'«»「」『』…]+|[\s"“”‘’'«»「」『』…]+$/gu;
const SCRIPT_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Percent-encodes one term of a text directive. Besides what
 * encodeURIComponent escapes, `-` must be escaped: it marks prefix and suffix.
 * (`,` and `&` are already escaped by encodeURIComponent.)
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

function edges(part: string, fromStart: boolean): string {
  if (SCRIPT_WITHOUT_SPACES.test(part) && !/\s/.test(part.trim())) {
    return fromStart ? part.slice(0, EDGE_CHARS) : part.slice(-EDGE_CHARS);
  }
  const words = part.split(/\s+/);
  return (fromStart ? words.slice(0, EDGE_WORDS) : words.slice(-EDGE_WORDS)).join(" ");
}

/** Word count that fits in the start and end terms together without overlap. */
function isShort(part: string): boolean {
  if (SCRIPT_WITHOUT_SPACES.test(part) && !/\s/.test(part)) return [...part].length <= EDGE_CHARS * 2;
  return part.split(/\s+/).length <= EDGE_WORDS * 2;
}

/**
 * The `:~:text=` directive for a quoted passage: the first and last few words,
 * or the whole passage when it is short. Omissions ("[…]") split the passage,
 * so the start comes from the first kept part and the end from the last.
 * @example textDirective("It isn’t a single system, and it’s not monolithic at all") // ":~:text=It%20isn%E2%80%99t%20a%20single,it%E2%80%99s%20not%20monolithic%20at%20all"
 */
export function textDirective(passage: string): string {
  const parts = passage
    // A fragment cannot span an omission.
    .split(OMISSION)
    .map((p) => p.replace(EDGE_PUNCTUATION, "").replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
  const first = parts[0] ?? "";
  const last = parts.at(-1) ?? "";
  if (parts.length === 1 && isShort(first)) return `:~:text=${encodeFragmentTerm(first)}`;
  const start = edges(first, true);
  const end = edges(last, false);
  return `:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/**
 * The URL of a page with a text fragment pointing at `passage`. An existing
 * fragment is kept: the directive follows it after `:~:`.
 */
export function passageUrl(url: string, passage: string): string {
  const directive = textDirective(passage);
  return url.includes("#") ? `${url}${directive}` : `${url}#${directive}`;
}

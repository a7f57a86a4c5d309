/**
 * The words search matches on, made the same way when the site is built and
 * when a reader types a query (the search aids step compiles this file for the
 * browser as assets/search-words.js, so it imports nothing).
 *
 * Pagefind segments Chinese only on pages whose language is Chinese; on the
 * English site a run such as 社会信用体系 is one word, so its middle (信用) would
 * never match. Pages therefore carry the words of their Chinese runs in a
 * hidden field, and a query's Chinese is split into words the same way.
 */

/** A run of Han characters: the Chinese in a text, which is split into words apart. */
export const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

// Chinese particles and question words: never a search term on their own.
const CHINESE_FILLER = new Set([..."的了吗呢吧啊和与及或是在有也都就而之么"]);
// Sentence-final particles: a question ends with one (信用分吗), which would
// otherwise join the single character before it into a word no page holds (分吗).
const FINAL_PARTICLES = /(?<=\p{Script=Han})[吗呢吧啊]+$/u;

// Question words, auxiliaries, pronouns, prepositions and fillers: readers type them,
// pages seldom hold them all, and Pagefind requires every word of a query.
const STOP_WORDS = new Set(
  (
    "a an the is are was were be been being am do does did doing done can could will would shall should may might must " +
    "have has had having what whats when where which who whom whose why how if whether in on at of for to from by with " +
    "about into onto over under than then as and or but so i me my you your yours we us our they them their it its " +
    "this that these those there here get gets got really still just ever very dont doesnt didnt isnt arent wasnt werent " +
    "cant wont im ive youre theyre any some everyone everybody everything anyone anybody anything someone somebody something"
  ).split(" "),
);

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of the Chinese in `text`: each run of Han characters split with
 * Intl.Segmenter("zh"), and single characters in a row joined again, since
 * those are names and terms the segmenter's dictionary lacks (老赖, 睢宁).
 * @example chineseWords("社会信用体系 and 老赖地图") // ["社会", "信用", "体系", "老赖", "地图"]
 */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    let single = "";
    for (const { segment } of segmenter.segment(run)) {
      if ([...segment].length === 1) {
        single += segment;
        continue;
      }
      if (single) words.push(single);
      single = "";
      words.push(segment);
    }
    if (single) words.push(single);
  }
  return words;
}

/** What a query searches for, and what it leaves out. */
interface QueryWords {
  /** Quoted phrases, each matched exactly as written. */
  readonly phrases: readonly string[];
  /** The meaningful words outside quotes, lower case, Chinese split into words. */
  readonly words: readonly string[];
  /** Question words and stop-words left out of matching (still shown to the reader). */
  readonly ignored: readonly string[];
}

/**
 * Splits a query into exact phrases, the words to match and the words left out.
 * A query made only of stop-words keeps them all.
 * @example queryWords('when did china’s "social credit" start') // { phrases: ["social credit"], words: ["china", "start"], ignored: ["when", "did"] }
 */
export function queryWords(query: string): QueryWords {
  const phrases: string[] = [];
  const rest = query.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return " ";
  });
  const all: string[] = [];
  for (const token of rest.toLowerCase().replace(/['’]s\b/g, "").replace(/['’]/g, "").split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (HAN.test(token)) {
      for (const part of token.split(/(\p{Script=Han}+)/u)) {
        if (HAN.test(part)) all.push(...chineseWords(part.replace(FINAL_PARTICLES, "")));
        else if (part) all.push(part);
      }
    } else all.push(token);
  }
  const unique = [...new Set(all)];
  const meaningful = (w: string) =>
    HAN.test(w) ? ![...w].every((c) => CHINESE_FILLER.has(c)) : !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w));
  const words = unique.filter(meaningful);
  if (words.length === 0 && phrases.length === 0) return { phrases, words: unique, ignored: [] };
  return { phrases, words, ignored: unique.filter((w) => !meaningful(w)) };
}

/**
 * A page's hidden search field: the Chinese words of its texts, each once.
 * @example chineseSearchField(["芝麻信用", "Sesame (芝麻)"]) // "芝麻 信用"
 */
export function chineseSearchField(texts: readonly string[]): string {
  return [...new Set(texts.flatMap(chineseWords))].join(" ");
}

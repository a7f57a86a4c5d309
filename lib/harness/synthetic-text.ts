/**
 * The words of the synthetic corpus: a seeded PRNG, a vocabulary of subject
 * words and made-up ones with a long tail, sentences drawn from it (in
 * English, and in Chinese for the translations), names no other index
 * gives, and dates. The same seed gives the same text.
 */

/** mulberry32: tiny, fast and good enough to vary synthetic text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Words of the subject, so typical search queries find something. */
export const DOMAIN_WORDS = (
  "credit score blacklist redlist court defaulter company regulator government city county pilot " +
  "rating record data surveillance camera travel flight train ban fine punishment reward law policy " +
  "outline ministry province citizen business market tax license contract judgment debt loan bank " +
  "platform algorithm privacy media report journalist survey public opinion history reform system " +
  "national local program scheme platform enforcement sanction list registry evidence official"
).split(" ");

/** Chinese terms of the subject, as real claims carry them in their other phrasings (so a Chinese query finds something). */
export const CHINESE_TERMS = ["社会信用体系", "失信被执行人", "芝麻信用", "黑名单", "信用修复", "公共信用综合评价", "老赖", "社会信用分"];

const FUNCTION_WORDS = (
  "the of and to in a is that for on as with by was it are be this from or at an which " +
  "not but have has had its their they were more than also these other can may into about"
).split(" ");

const SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split(" ");

/** `count` different made-up words of `min`–`max` parts each. */
function madeUpWords(random: Random, parts: readonly string[], min: number, max: number, count: number): string[] {
  const made = new Set<string>();
  while (made.size < count) {
    let word = "";
    for (let i = int(random, min, max); i > 0; i--) word += pick(random, parts);
    made.add(word);
  }
  return [...made];
}

/** A vocabulary with a long tail of rarer made-up words, like real prose. */
export function vocabulary(random: Random): string[] {
  return [...DOMAIN_WORDS, ...madeUpWords(random, SYLLABLES, 2, 4, 3000)];
}

/**
 * Zipf-like choice: low indexes are much more frequent, the more so the higher `power`.
 * English uses 2.2: the subject words then come about as often as on the real claim
 * pages (per 1,000 words Pagefind indexes, real / 2.2 / 3: credit 15.4 / 14.6 / 38.4,
 * score 5.5 / 5.4 / 10.0, blacklist 2.6 / 4.1 / 7.0, court 3.8 / 2.8 / 4.7); with 3,
 * "credit" alone was a 310 KB index chunk at 10,000 claims. Real pages hold the less
 * common ones on fewer pages (score on 64%, here 96%): the words are not grouped by topic.
 */
function zipfWord(random: Random, words: readonly string[], power: number): string {
  const index = Math.floor(words.length * random() ** power);
  return words[Math.min(index, words.length - 1)]!;
}

const ENGLISH_ZIPF_POWER = 2.2;
const CHINESE_ZIPF_POWER = 3;

export function sentence(random: Random, words: readonly string[], min: number, max: number): string {
  const count = int(random, min, max);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(random() < 0.4 ? pick(random, FUNCTION_WORDS) : zipfWord(random, words, ENGLISH_ZIPF_POWER));
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Common characters, from which made-up Chinese words are drawn. */
const HANZI = [
  ..."的一是在不了有和人这中大为上个国以要时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经" +
  "之进着等部度家力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政日社义事平形相全表间样" +
  "与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员",
];

/** Terms of the subject in Chinese, frequent in the translations as in real ones. */
const CHINESE_DOMAIN_WORDS = [...CHINESE_TERMS, "信用", "法院", "企业", "政府", "名单", "红名单", "评分", "惩戒", "数据", "监管", "试点", "城市", "记录"];

/** A Chinese vocabulary: the subject's terms, then made-up words of one to three characters with a long tail. */
export function chineseVocabulary(random: Random): string[] {
  return [...CHINESE_DOMAIN_WORDS, ...madeUpWords(random, HANZI, 1, 3, 2000)];
}

/** A Chinese sentence of `min`–`max` words, without spaces, a comma now and then; the caller ends it. */
export function chineseSentence(random: Random, words: readonly string[], min: number, max: number): string {
  const count = int(random, min, max);
  let text = "";
  for (let i = 0; i < count; i++) text += (i > 0 && random() < 0.12 ? "，" : "") + zipfWord(random, words, CHINESE_ZIPF_POWER);
  return text;
}

/** A made-up proper name that no other index gives. */
export function uniqueName(index: number): string {
  let name = "";
  let n = index;
  do {
    name += SYLLABLES[n % SYLLABLES.length]!;
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}son`;
}

/** A day between `fromDay` and `toDay` days after 1 January 2020, as `YYYY-MM-DD`. */
export function dateIn(random: Random, fromDay: number, toDay: number): string {
  const day = int(random, fromDay, toDay);
  return new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
}

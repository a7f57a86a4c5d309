/**
 * A synthetic but realistic corpus for benchmarks and scale tests: N claims,
 * N/4 sources with about eight excerpts each, twenty topics, bodies of
 * 300–800 words with 3–6 inline citations, related claims, and aliases and
 * revisions on some claims, and a share of claims translated into Chinese
 * (`claims/<id>.zh-hans.md`, made from the English text, so never stale).
 * Every excerpt is cited, so the real loader reports neither errors nor
 * warnings. A seeded PRNG makes the same N (and seed) give the same files,
 * byte for byte; the translations draw from a PRNG of their own, so the
 * English files are the same whatever the share translated.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatDiagnostic } from "../content/diagnostic.ts";
import { VERDICTS_FILE } from "../content/load.ts";
import { loadListFile } from "../content/load-list.ts";
import { verdictSchema } from "../content/list-schemas.ts";
import { sourceKinds } from "../content/schema.ts";
import { translationHash } from "../content/translation.ts";
import {
  CHINESE_TERMS,
  chineseSentence,
  chineseVocabulary,
  DOMAIN_WORDS,
  int,
  pick,
  prng,
  sentence,
  uniqueName,
  vocabulary,
  type Random,
} from "./synthetic-text.ts";

export interface GenerateOptions {
  /** Folder to write claims/, sources/ and data/ into (created if missing). */
  readonly root: string;
  readonly claims: number;
  /** The repository's data/ folder: verdicts.yaml and site.yaml are copied from it. */
  readonly dataDir: string;
  readonly seed?: number;
  /** The share of claims with a Chinese translation, 0 to 1 (default 0). */
  readonly translated?: number;
}

export interface GeneratedClaim {
  readonly id: string;
  readonly claim: string;
  /** The plain Markdown body, citations included, as written into the file. */
  readonly body: string;
}

export interface GeneratedCorpus {
  readonly claims: readonly GeneratedClaim[];
  /** The Chinese translations: `claim` and `body` in Chinese, `id` the English claim's. */
  readonly translations: readonly GeneratedClaim[];
  readonly sources: number;
  readonly excerpts: number;
  readonly topics: number;
}

const pad = (n: number) => String(n).padStart(5, "0");
const yaml = (text: string) => JSON.stringify(text);

function dateIn(random: Random, fromDay: number, toDay: number): string {
  const day = int(random, fromDay, toDay);
  return new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
}

const TOPIC_COUNT = 20;

function topicsYaml(words: readonly string[]): string {
  let out = "# Synthetic topics for benchmarks.\n";
  for (let i = 1; i <= TOPIC_COUNT; i++) {
    const label = `${DOMAIN_WORDS[i]!} and ${DOMAIN_WORDS[i + 20]!}`;
    out += `- id: topic-${i}\n  label: ${yaml(label.charAt(0).toUpperCase() + label.slice(1))}\n`;
    out += `  description: ${yaml(`Claims about ${label} (${words[i + 100]!}).`)}\n`;
    out += `  zh-hans: {label: ${yaml(`主题${i}`)}, description: ${yaml(`关于主题${i}的说法。`)}}\n`;
  }
  return out;
}

interface SourcePlan {
  readonly id: string;
  readonly excerptIds: readonly string[];
}

function sourceFile(random: Random, words: readonly string[], plan: SourcePlan, index: number): string {
  const lines = [
    "---",
    `title: ${yaml(sentence(random, words, 4, 9))}`,
    // Unique publishers and authors: every pair of sources is independent, as the evidence rules count them.
    `publisher: ${yaml(`${uniqueName(index)} ${pick(random, ["Review", "Times", "Institute", "Daily", "Journal"])}`)}`,
    `authors: [{given: ${yaml(sentence(random, words, 1, 1))}, family: ${yaml(uniqueName(index))}}]`,
    `published: ${yaml(dateIn(random, 0, 1800))}`,
    `url: https://example.org/articles/${plan.id}`,
    "language: en",
    `kind: ${pick(random, sourceKinds)}`,
    "excerpts:",
  ];
  for (const id of plan.excerptIds) {
    lines.push(`  - id: ${id}`, `    text: ${yaml(`${sentence(random, words, 15, 40)}.`)}`);
    if (random() < 0.3) lines.push(`    locator: ${yaml(`paragraph ${int(random, 1, 40)}`)}`);
  }
  lines.push("---", `Context for synthetic source number ${index + 1}: ${sentence(random, words, 12, 30)}.`, "");
  return lines.join("\n");
}

/** How a body's sentences are made and joined, in one language. */
interface Prose {
  /** A sentence without its full stop. */
  sentence(): string;
  /** Its length in the body's unit: words, or characters. */
  length(sentence: string): number;
  readonly stop: string;
  readonly space: string;
}

const englishProse = (random: Random, words: readonly string[]): Prose => ({
  sentence: () => sentence(random, words, 8, 24),
  length: (s) => s.split(" ").length,
  stop: ".",
  space: " ",
});

const chineseProse = (random: Random, words: readonly string[]): Prose => ({
  sentence: () => chineseSentence(random, words, 6, 18),
  length: (s) => s.length,
  stop: "。",
  space: "",
});

/** A body of `target` words (or characters) in paragraphs, with `refs` cited inline in order. */
function claimBody(random: Random, prose: Prose, target: number, refs: readonly string[]): string {
  const paragraphs: string[][] = [[]];
  let written = 0;
  while (written < target) {
    const s = prose.sentence();
    written += prose.length(s);
    paragraphs.at(-1)!.push(`${s}${prose.stop}`);
    if (paragraphs.at(-1)!.length >= int(random, 3, 7)) paragraphs.push([]);
  }
  const sentences = paragraphs.flat();
  // Citations go after evenly spread sentences, in the order the evidence lists them.
  refs.forEach((ref, i) => {
    const at = Math.floor(((i + 0.5) * sentences.length) / refs.length);
    sentences[at] = `${sentences[at]!.slice(0, -prose.stop.length)} [@${ref}]${prose.stop}`;
  });
  let k = 0;
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.map(() => sentences[k++]).join(prose.space))
    .join("\n\n");
}

/** The Chinese translation of an English claim: the same citations, and the hash of the English it was made from. */
function translationFile(random: Random, words: readonly string[], english: { claim: string; summary: string; alsoKnownAs?: string[]; body: string }, refs: readonly string[]) {
  const claim = `${chineseSentence(random, words, 4, 10)}。`;
  const lines = ["---", `claim: ${yaml(claim)}`, `summary: ${yaml(`${chineseSentence(random, words, 8, 20)}。`)}`];
  if (random() < 0.3) lines.push(`alsoKnownAs: [${yaml(chineseSentence(random, words, 2, 3))}]`);
  lines.push(`translatedFrom: ${yaml(translationHash(english))}`, "---");
  const body = claimBody(random, chineseProse(random, words), int(random, 500, 1300), refs);
  return { claim, body, text: `${lines.join("\n")}\n${body}\n` };
}

/** The verdict ids of the scale in `dataDir`, read with the loader's own code. */
async function verdictIds(dataDir: string): Promise<string[]> {
  const text = await readFile(path.join(dataDir, path.basename(VERDICTS_FILE)), "utf8");
  const { value, diagnostics } = loadListFile(VERDICTS_FILE, text, verdictSchema);
  if (diagnostics.length > 0) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return value.map((v) => v.id);
}

/** Writes the corpus and returns what a test needs to check the output. */
export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
  const verdicts = await verdictIds(options.dataDir);
  const seed = options.seed ?? 20_260_101;
  const random = prng(seed);
  const words = vocabulary(random);
  const zhRandom = prng(seed + 1);
  const zhWords = chineseVocabulary(zhRandom);
  const { root } = options;
  await mkdir(path.join(root, "data"), { recursive: true });
  await mkdir(path.join(root, "claims"), { recursive: true });
  await mkdir(path.join(root, "sources"), { recursive: true });
  for (const file of ["verdicts.yaml", "site.yaml"]) await copyFile(path.join(options.dataDir, file), path.join(root, "data", file));
  await writeFile(path.join(root, "data", "topics.yaml"), topicsYaml(words));

  const sourcePlans: SourcePlan[] = Array.from({ length: Math.max(1, Math.floor(options.claims / 4)) }, (_, i) => ({
    id: `${pick(random, DOMAIN_WORDS)}-${pick(random, DOMAIN_WORDS)}-${pad(i + 1)}`,
    excerptIds: Array.from({ length: int(random, 6, 10) }, (_, j) => `${pick(random, DOMAIN_WORDS)}-${j + 1}`),
  }));
  const allRefs = sourcePlans.flatMap((s) => s.excerptIds.map((e) => `${s.id}#${e}`));
  await writeFiles(
    sourcePlans.map((plan, i) => [path.join(root, "sources", `${plan.id}.md`), sourceFile(random, words, plan, i)]),
  );

  const ids = Array.from({ length: options.claims }, (_, i) => `${pick(random, DOMAIN_WORDS)}-${pick(random, DOMAIN_WORDS)}-${pad(i + 1)}`);
  // Claim i cites a share of excerpts in turn, so every excerpt is cited by someone.
  const perClaim = Math.ceil(allRefs.length / ids.length);
  const claims: GeneratedClaim[] = [];
  const translations: GeneratedClaim[] = [];
  const files: [string, string][] = [];
  ids.forEach((id, i) => {
    const refs = new Set<string>();
    for (let j = 0; j < perClaim; j++) {
      const ref = allRefs[i * perClaim + j];
      if (ref !== undefined) refs.add(ref);
    }
    const wanted = int(random, 3, 6);
    const sourceCount = () => new Set([...refs].map((ref) => ref.split("#")[0])).size;
    // At least two sources, so negative verdicts meet the independence rule.
    while (refs.size < Math.min(wanted, allRefs.length) || (sourcePlans.length > 1 && sourceCount() < 2)) {
      refs.add(pick(random, allRefs));
    }
    const cited = [...refs];
    const claimText = `${sentence(random, words, 6, 14)}.`;
    const body = claimBody(random, englishProse(random, words), int(random, 300, 800), cited);
    const published = dateIn(random, 0, 1700);
    const publishedDay = (Date.parse(published) - Date.UTC(2020, 0, 1)) / 86_400_000;
    const reviewed = dateIn(random, publishedDay, publishedDay + 200);
    const verdict = pick(random, verdicts);
    const topics = new Set([`topic-${int(random, 1, TOPIC_COUNT)}`]);
    if (random() < 0.5) topics.add(`topic-${int(random, 1, TOPIC_COUNT)}`);
    const summary = `${sentence(random, words, 12, 30)}.`;
    const lines = [
      "---",
      `claim: ${yaml(claimText)}`,
      `verdict: ${yaml(verdict)}`,
      `summary: ${yaml(summary)}`,
      `topics: [${[...topics].join(", ")}]`,
    ];
    // One claim in ten also has a Chinese term, chosen by its number so the rest of the corpus stays as it was.
    const aka = [...(random() < 0.3 ? [sentence(random, words, 2, 4)] : []), ...(i % 10 === 0 ? [CHINESE_TERMS[(i / 10) % CHINESE_TERMS.length]!] : [])];
    if (aka.length > 0) lines.push(`alsoKnownAs: [${aka.map(yaml).join(", ")}]`);
    lines.push("evidence:");
    for (const ref of cited) {
      lines.push(`  - ref: ${ref}`);
      if (random() < 0.2) lines.push(`    note: ${yaml(`${sentence(random, words, 5, 12)}.`)}`);
    }
    if (ids.length > 1 && random() < 0.6) {
      const related = new Set<string>();
      for (let r = int(random, 1, 3); r > 0; r--) {
        const other = pick(random, ids);
        if (other !== id) related.add(other);
      }
      if (related.size > 0) lines.push(`related: [${[...related].join(", ")}]`);
    }
    if (random() < 0.2) {
      lines.push("appearances:", `  - title: ${yaml(sentence(random, words, 4, 10))}`, `    url: https://example.net/appearances/${id}`);
    }
    if (random() < 0.1) lines.push(`aliases: [former-${id}]`);
    if (random() < 0.15 && reviewed > published) {
      lines.push("revisions:", `  - date: ${yaml(reviewed)}`, `    note: ${yaml(`${sentence(random, words, 6, 14)}.`)}`);
      const from = pick(random, verdicts);
      if (from !== verdict) lines.push("    verdict:", `      from: ${yaml(from)}`, `      to: ${yaml(verdict)}`);
    }
    lines.push(`published: ${yaml(published)}`, `reviewed: ${yaml(reviewed)}`, "---", body, "");
    files.push([path.join(root, "claims", `${id}.md`), lines.join("\n")]);
    claims.push({ id, claim: claimText, body });
    if (zhRandom() < (options.translated ?? 0)) {
      const english = { claim: claimText, summary, ...(aka.length > 0 ? { alsoKnownAs: aka } : {}), body };
      const zh = translationFile(zhRandom, zhWords, english, cited);
      files.push([path.join(root, "claims", `${id}.zh-hans.md`), zh.text]);
      translations.push({ id, claim: zh.claim, body: zh.body });
    }
  });
  await writeFiles(files);
  return { claims, translations, sources: sourcePlans.length, excerpts: allRefs.length, topics: TOPIC_COUNT };
}

/** Writes files a batch at a time: fast, without exhausting file handles. */
async function writeFiles(files: readonly (readonly [string, string])[]): Promise<void> {
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([file, text]) => writeFile(file, text)));
  }
}

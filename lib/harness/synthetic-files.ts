/**
 * The text of the files the synthetic corpus writes besides its claims:
 * topics.yaml, a source with its excerpts, a claim's Chinese translation.
 * Strings are written as JSON, which YAML reads as double-quoted strings.
 */
import { sourceKinds } from "../content/schema.ts";
import { translationHash } from "../content/translation.ts";
import { chineseProse, claimBody } from "./synthetic-prose.ts";
import { chineseSentence, dateIn, DOMAIN_WORDS, int, pick, sentence, uniqueName, type Random } from "./synthetic-text.ts";


export const yaml = (text: string) => JSON.stringify(text);

export const TOPIC_COUNT = 20;

export function topicsYaml(words: readonly string[]): string {
  let out = "# Synthetic topics for benchmarks.\n";
  for (let i = 1; i <= TOPIC_COUNT; i++) {
    const label = `${DOMAIN_WORDS[i]!} and ${DOMAIN_WORDS[i + 20]!}`;
    out += `- id: topic-${i}\n  label: ${yaml(label.charAt(0).toUpperCase() + label.slice(1))}\n`;
    out += `  description: ${yaml(`Claims about ${label} (${words[i + 100]!}).`)}\n`;
    out += `  zh-hans: {label: ${yaml(`主题${i}`)}, description: ${yaml(`关于主题${i}的说法。`)}}\n`;
  }
  return out;
}

export interface SourcePlan {
  readonly id: string;
  readonly excerptIds: readonly string[];
}

export function sourceFile(random: Random, words: readonly string[], plan: SourcePlan, index: number): string {
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

/** The Chinese translation of an English claim: the same citations, and the hash of the English it was made from. */
export function translationFile(random: Random, words: readonly string[], english: { claim: string; summary: string; alsoKnownAs?: string[]; body: string }, refs: readonly string[]) {
  const claim = `${chineseSentence(random, words, 4, 10)}。`;
  const lines = ["---", `claim: ${yaml(claim)}`, `summary: ${yaml(`${chineseSentence(random, words, 8, 20)}。`)}`];
  if (random() < 0.3) lines.push(`alsoKnownAs: [${yaml(chineseSentence(random, words, 2, 3))}]`);
  lines.push(`translatedFrom: ${yaml(translationHash(english))}`, "---");
  const body = claimBody(random, chineseProse(random, words), int(random, 500, 1300), refs);
  return { claim, body, text: `${lines.join("\n")}\n${body}\n` };
}

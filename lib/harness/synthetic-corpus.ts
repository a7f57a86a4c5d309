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
import { sourceFile, TOPIC_COUNT, topicsYaml, translationFile, yaml, type SourcePlan } from "./synthetic-files.ts";
import { claimBody, englishProse } from "./synthetic-prose.ts";
import { CHINESE_TERMS, chineseVocabulary, dateIn, DOMAIN_WORDS, int, pick, prng, sentence, vocabulary } from "./synthetic-text.ts";

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

/**
 * Temporary content folders for loader and build tests: the real verdict
 * scale, topics and site settings, plus the files a test writes.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { translationHash } from "../../lib/content/translation.ts";
import { refParts, refsInText } from "../../lib/markdown/id-grammar.ts";
import { scratchFolder } from "./scratch-folders.ts";

export type Files = Record<string, string | Uint8Array>;

/** A minimal valid source, for tests that vary a claim. */
export const VALID_SOURCE = `---
title: "A source"
publisher: "A publisher"
authors: [{name: "A. Writer"}]
published: "2018-10-23"
url: https://example.com/article
language: en
kind: news
excerpts:
  - id: first-passage
    text: "The first passage, quoted word for word."
  - id: second-passage
    text: "The second passage, also quoted exactly."
---
`;

/** The translatable text of VALID_CLAIM. */
const VALID_CLAIM_TEXT = {
  claim: "Everyone has a score.",
  summary: "Nobody has a score.",
  body: "The text cites [@a-source#first-passage] and then [@a-source#second-passage].",
};

/** A minimal valid claim citing both excerpts of VALID_SOURCE. */
export const VALID_CLAIM = `---
claim: "${VALID_CLAIM_TEXT.claim}"
verdict: mixed
summary: "${VALID_CLAIM_TEXT.summary}"
topics: [scores]
evidence:
  - ref: a-source#first-passage
  - ref: a-source#second-passage
published: "2026-01-02"
reviewed: "2026-01-02"
---
${VALID_CLAIM_TEXT.body}
`;

/** The `translatedFrom` of a translation of VALID_CLAIM's current text. */
export const VALID_CLAIM_HASH = translationHash(VALID_CLAIM_TEXT);

/** A Chinese translation of VALID_CLAIM (`claims/everyone-has-a-score.zh-hans.md`), made from its current text. */
export function validTranslation(text: { claim: string; summary: string; alsoKnownAs?: readonly string[]; body: string }): string {
  const aka = text.alsoKnownAs === undefined ? [] : [`alsoKnownAs: ${JSON.stringify(text.alsoKnownAs)}`];
  return ["---", `claim: ${JSON.stringify(text.claim)}`, `summary: ${JSON.stringify(text.summary)}`, ...aka, `translatedFrom: "${VALID_CLAIM_HASH}"`, "---", text.body, ""].join("\n");
}

/** Creates a content folder holding the real data/ files and `files` (paths relative to it), removed when the test file ends. */
export async function contentDir(files: Files): Promise<string> {
  const root = await scratchFolder("factcheck-content-");
  await cp(path.resolve("data"), path.join(root, "data"), { recursive: true });
  await mkdir(path.join(root, "claims"));
  await mkdir(path.join(root, "sources"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

/** The minimal valid corpus, with some files replaced or added. */
export function validContentDir(overrides: Files = {}): Promise<string> {
  return contentDir({ "sources/a-source.md": VALID_SOURCE, "claims/everyone-has-a-score.md": VALID_CLAIM, ...overrides });
}

/**
 * A content folder holding the real data/ files, the named real claims with their translations, the sources
 * they cite and the sources those name as the same work (`sameWorkAs`): a real site of a few pages, for a test
 * that reads every file of a build. Their links to other claims (`related`) keep only the claims named.
 */
export async function realClaimsDir(slugs: readonly string[]): Promise<string> {
  const files: Files = {};
  const sources: string[] = [];
  const cite = (text: string) => {
    for (const ref of refsInText(text)) if (!sources.includes(refParts(ref).sourceId)) sources.push(refParts(ref).sourceId);
  };
  const keptRelated = (_line: string, list: string) => {
    const kept = list.split(",").map((id) => id.trim()).filter((id) => slugs.includes(id));
    return kept.length === 0 ? "" : `related: [${kept.join(", ")}]\n`;
  };
  for (const slug of slugs) {
    const english = await readFile(path.resolve("claims", `${slug}.md`), "utf8");
    files[`claims/${slug}.md`] = english.replace(/^related: \[(.*)\]\n/m, keptRelated);
    cite(english);
    // A claim need not be translated.
    const chinese = await readFile(path.resolve("claims", `${slug}.zh-hans.md`), "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(error)));
    if (chinese !== undefined) {
      files[`claims/${slug}.zh-hans.md`] = chinese.replace(/^related: \[(.*)\]\n/m, keptRelated);
      cite(chinese);
    }
  }
  // The list grows as sources name others.
  for (const id of sources) {
    const text = await readFile(path.resolve("sources", `${id}.md`), "utf8");
    files[`sources/${id}.md`] = text;
    for (const other of /^sameWorkAs: \[(.*)\]$/m.exec(text)?.[1]?.split(",") ?? []) if (!sources.includes(other.trim())) sources.push(other.trim());
  }
  return contentDir(files);
}

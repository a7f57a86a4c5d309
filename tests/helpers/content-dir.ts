/**
 * Temporary content folders for loader and build tests: the real verdict
 * scale, topics and site settings, plus the files a test writes.
 */
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

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

/** A minimal valid claim citing both excerpts of VALID_SOURCE. */
export const VALID_CLAIM = `---
claim: "Everyone has a score."
verdict: mixed
summary: "Nobody has a score."
topics: [scores]
evidence:
  - ref: a-source#first-passage
  - ref: a-source#second-passage
published: "2026-01-02"
reviewed: "2026-01-02"
---
The text cites [@a-source#first-passage] and then [@a-source#second-passage].
`;

/** Creates a content folder holding the real data/ files and `files` (paths relative to it). */
export async function contentDir(files: Files): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "factcheck-content-"));
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

/**
 * Contributor text is data: a script tag in any string field or body
 * renders as text everywhere, including the embedded JSON-LD.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { contentDir } from "../helpers/content-dir.ts";
import { listFiles } from "../helpers/site-files.ts";
import { cacheCopy } from "../helpers/shared-cache.ts";

const XSS = "<script>alert(1)</script>";
const Q = JSON.stringify(XSS);
let root: string;
let site: string;

beforeAll(async () => {
  root = await contentDir({
    "sources/hostile.md": `---
title: ${Q}
publisher: ${Q}
authors: [{name: ${Q}}, {given: ${Q}, family: ${Q}}, {organization: ${Q}}]
published: "2018"
url: "https://example.com/a?q=${XSS}"
language: ${Q}
kind: news
notes: ${Q}
excerpts:
  - id: hostile-quote
    text: "Quoted ${XSS} text."
    locator: ${Q}
    original: ${Q}
    translation: ${Q}
---
Context ${XSS} here.
`,
    "claims/hostile-claim.md": `---
claim: "A claim ${XSS}"
verdict: mixed
summary: "A summary ${XSS}"
topics: [scores]
alsoKnownAs: [${Q}]
evidence:
  - ref: hostile#hostile-quote
    note: ${Q}
appearances:
  - title: ${Q}
    publisher: ${Q}
    url: "https://example.com/b?${XSS}"
published: "2026-01-02"
reviewed: "2026-01-02"
---
Body ${XSS} [@hostile#hostile-quote] and <img src=x onerror=alert(1)>.
`,
  });
  site = path.join(root, "_site");
  const outcome = await buildSite({ root, output: site, cache: await cacheCopy(path.join(root, "_cache")), log: () => {} });
  expect(outcome.ok).toBe(true);
});

test("no page contains the script tag or the image as markup", async () => {
  const pages = (await listFiles(site)).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    const html = await readFile(path.join(site, file), "utf8");
    expect(html, file).not.toContain("<script>alert(1)");
    expect(html, file).not.toContain("<img src=x");
  }
});

test("the text shows, escaped, where the contributor wrote it", async () => {
  const claim = await readFile(path.join(site, "claims/hostile-claim/index.html"), "utf8");
  expect(claim).toContain("A claim &lt;script&gt;alert(1)&lt;/script&gt;");
  expect(claim).toContain("Body &lt;script&gt;alert(1)&lt;/script&gt;");
  expect(claim).toContain("&lt;img src=x onerror=alert(1)&gt;");
  const source = await readFile(path.join(site, "sources/hostile/index.html"), "utf8");
  expect(source).toContain("Quoted &lt;script&gt;alert(1)&lt;/script&gt; text.");
});

test("embedded JSON escapes < so no string can close its script element", async () => {
  const claim = await readFile(path.join(site, "claims/hostile-claim/index.html"), "utf8");
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(claim)![1]!;
  expect(json).not.toContain("<");
  expect(JSON.parse(json).claimReviewed).toBe(`A claim ${XSS}`);
});

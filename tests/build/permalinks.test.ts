/**
 * Permanent links through the real build, in a scratch copy: a withdrawn
 * claim keeps a page saying why, a renamed claim's old URL redirects to the
 * new one, revisions and withdrawals show on the page, the corrections list and the feed.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { check, LinkState } from "linkinator";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { VALID_CLAIM, VALID_SOURCE, validContentDir } from "../helpers/content-dir.ts";
import { page } from "../helpers/site-files.ts";
import { cacheCopy } from "../helpers/shared-cache.ts";

const REGISTRY = JSON.stringify({
  claims: {
    "everyone-has-a-score": { verdict: "mixed", published: "2026-01-02" },
    "scores-are-secret": { verdict: "true", published: "2026-01-02" },
  },
});
const TOMBSTONE = `---
claim: "Scores are secret."
published: "2026-01-02"
withdrawn:
  date: "2026-03-01"
  reason: "It duplicated another fact check."
---
`;
const RENAMED = VALID_CLAIM.replace("verdict: mixed", "verdict: mostly-true").replace(
  'reviewed: "2026-01-02"',
  `reviewed: "2026-02-01"
aliases: [everyone-has-a-score]
revisions:
  - date: "2026-02-01"
    note: "A new source shows a small element of truth."
    verdict: {from: mixed, to: mostly-true}`,
);

let root: string;
let site: string;
beforeAll(async () => {
  root = await validContentDir({
    "published.json": REGISTRY,
    "claims/all-have-scores.md": RENAMED,
    "claims/scores-are-secret.md": TOMBSTONE,
    "sources/a-source.md": VALID_SOURCE.replace(
      "url: https://example.com/article",
      "url: https://example.com/article\nsnapshot: https://archive.example.org/2018/https://example.com/article\naliases: [a-first-copy]",
    ),
  });
  await rm(path.join(root, "claims/everyone-has-a-score.md"));
  site = path.join(root, "_site");
  const outcome = await buildSite({ root, output: site, cache: await cacheCopy(path.join(root, "_cache")), log: () => {} });
  expect(outcome.ok).toBe(true);
});

describe("in a scratch copy", () => {
  test("a withdrawn claim keeps a page explaining the withdrawal", async () => {
    const html = await page(site, "/claims/scores-are-secret/");
    expect(html.querySelector("h1")!.text).toBe("Scores are secret.");
    expect(html.querySelector(".withdrawn__reason")!.text).toBe("It duplicated another fact check.");
    expect(html.querySelector('time[datetime="2026-03-01"]')).not.toBeNull();
  });

  test("the old URL of a renamed claim redirects to the new one", async () => {
    const html = await page(site, "/claims/everyone-has-a-score/");
    expect(html.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(
      "https://social-credit-fact-check.example.org/claims/all-have-scores/",
    );
    expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/claims/all-have-scores/");
    expect(html.querySelector("a")!.getAttribute("href")).toBe("/claims/all-have-scores/");
    expect(await readFile(path.join(site, "_redirects"), "utf8")).toBe(
      "/claims/everyone-has-a-score/ /claims/all-have-scores/ 301\n/sources/a-first-copy/ /sources/a-source/ 301\n",
    );
  });

  test("the former id of a source redirects to its page, and says a source moved", async () => {
    const html = await page(site, "/sources/a-first-copy/");
    expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/sources/a-source/");
    expect(html.querySelector("a[data-redirect]")!.getAttribute("href")).toBe("/sources/a-source/");
    expect(html.querySelector("p")!.text).toBe("This source has moved to A source.");
    // The script that keeps #excerpt-id across the move (a meta refresh drops it).
    expect(html.querySelector("script")!.getAttribute("src")).toBe("/assets/redirect.js");
  });

  test("the revision shows on the claim page, the corrections page and in the feed", async () => {
    const claim = await page(site, "/claims/all-have-scores/");
    const revision = claim.querySelector('[id="revision-1"]')!;
    expect(revision.text).toContain("verdict changed from Mixed to Mostly true");
    expect(revision.querySelector("time")!.getAttribute("datetime")).toBe("2026-02-01");
    const corrections = await page(site, "/corrections/");
    // Newest first: the withdrawal (March) before the revision (February).
    expect(corrections.querySelectorAll("ol.corrections a").map((a) => a.getAttribute("href"))).toEqual([
      "/claims/scores-are-secret/#withdrawn",
      "/claims/all-have-scores/#revision-1",
    ]);
    const feed = await readFile(path.join(site, "feed.xml"), "utf8");
    expect(feed).toContain("<id>https://social-credit-fact-check.example.org/claims/all-have-scores/#revision-1</id>");
    expect(feed).toContain("<id>https://social-credit-fact-check.example.org/claims/scores-are-secret/#withdrawn</id>");
    expect(feed.indexOf("#revision-1")).toBeLessThan(feed.indexOf("<id>https://social-credit-fact-check.example.org/claims/all-have-scores/</id>"));
  });

  test("each excerpt links to the passage in the original and to the archived copy", async () => {
    const html = await page(site, "/claims/all-have-scores/");
    const links = html.querySelectorAll(".evidence__links a").map((a) => [a.text, a.getAttribute("href")]);
    expect(links).toContainEqual(["In the original", "https://example.com/article#:~:text=The%20first%20passage%2C%20quoted%20word%20for%20word."]);
    expect(links).toContainEqual(["Archived copy", "https://archive.example.org/2018/https://example.com/article"]);
  });

  test("linkinator finds no broken link or fragment, old URL included", async () => {
    const result = await check({ path: site, recurse: true, checkFragments: true, linksToSkip: ["^https?://(?!localhost)"] });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
    expect(broken.map((l) => `${l.url} (from ${l.parent}): ${l.status}`)).toEqual([]);
  });
});

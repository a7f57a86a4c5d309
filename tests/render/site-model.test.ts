/**
 * Every template over a whole site model, under a path prefix: each page is
 * written where its model says, links only through urls (the prefix applied
 * once), and prints raw only the values that are Html.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { formatCitations, type CitationFormatter } from "../../lib/render/cite.ts";
import { buildSiteModel } from "../../lib/render/site-model.ts";
import { VALID_CLAIM } from "../helpers/content-dir.ts";
import { renderAll, TEST_SITE, testSite, type RenderedPage, type TestSite } from "../helpers/render-page.ts";

const TEMPLATES = readdirSync("pages").filter((f) => f.endsWith(".njk"));
const WITHDRAWN = `---
claim: "An 'old' claim & more"
published: "2026-01-02"
withdrawn:
  date: "2026-03-01"
  reason: "It duplicated <another> fact check."
---
`;

let built: TestSite;
const pages = new Map<string, RenderedPage[]>();
beforeAll(async () => {
  // One item a page: every list has several pages, and the source its "cited by" pages.
  built = await testSite(
    {
      "claims/second-claim.md": VALID_CLAIM.replace('"Everyone has a score."', `"Scores & 'blacklists' <differ>"`),
      "claims/gone-claim.md": WITHDRAWN,
    },
    { ...TEST_SITE, perPage: { claims: 1, corrections: 1, citedBy: 1, featured: 1, recentChanges: 1 } },
  );
  for (const template of TEMPLATES) pages.set(template, renderAll(template, built.globals));
});

test("every template renders, the paginated ones once per model", () => {
  const { model } = built;
  expect(pages.get("claim.njk")).toHaveLength(model.claims.length);
  expect(pages.get("source.njk")).toHaveLength(model.sources.length);
  expect(pages.get("topic.njk")).toHaveLength(model.topicPages.length);
  expect(pages.get("cited-by.njk")).toHaveLength(model.sourceCitedBy.length);
  expect(model.sourceCitedBy.length).toBeGreaterThan(1);
  expect(pages.get("corrections.njk")).toHaveLength(model.corrections.length);
  expect(pages.get("verdict.njk")).toHaveLength(model.verdictPages.length);
  expect(pages.get("withdrawn.njk")).toHaveLength(1);
  expect(pages.get("a-z.njk")).toHaveLength(2);
});

test("each page is written at its model's path: root-relative, without the prefix", () => {
  const { model } = built;
  const paths = [...pages.values()].flat().map((p) => p.permalink).sort();
  const expected = [
    ...model.claims.map((c) => c.meta.path),
    ...model.sources.map((s) => s.meta.path),
    ...model.topicPages.map((t) => t.meta.path),
    ...model.sourceCitedBy.map((c) => c.meta.path),
    ...model.corrections.map((c) => c.meta.path),
    ...model.verdictPages.map((v) => v.meta.path),
    ...model.withdrawn.map((w) => w.meta.path),
    ...model.claimIndex.map((a) => a.meta.path),
    ...Object.values(model.pages).map((p) => ("meta" in p ? p.meta : p).path),
    ...model.feeds.map((f) => f.path),
  ].sort();
  expect(paths).toEqual(expected);
  expect(paths).toContain("/claims/gone-claim/");
  expect(paths).toContain("/404.html");
  expect(paths.every((p) => p.startsWith("/") && !p.startsWith("/fc/"))).toBe(true);
});

test("every internal link, script, stylesheet and form of a page carries the path prefix exactly once", () => {
  for (const [template, rendered] of pages) {
    // The feed links with absolute URLs (history.test.ts).
    if (template === "feed.njk") continue;
    for (const { html } of rendered) {
      const targets = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(targets.length, template).toBeGreaterThan(0);
      for (const target of targets) {
        expect(target, template).toMatch(/^\/fc\//);
        expect(target, template).not.toMatch(/^\/fc\/fc\//);
      }
    }
  }
});

test("no head text is escaped twice", () => {
  for (const [template, rendered] of pages) {
    for (const { html } of rendered) {
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, template).not.toMatch(/&amp;(#[0-9]+|quot|amp|lt|gt|apos);/);
    }
  }
  const withdrawn = pages.get("withdrawn.njk")![0]!.html;
  expect(withdrawn).toContain("<title>Withdrawn: An &#39;old&#39; claim &amp; more — Fact &amp; Check</title>");
});

describe("templates print raw only Html", () => {
  const includes = readdirSync("_includes", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".njk"));
  const files = [...TEMPLATES.map((f) => path.join("pages", f)), ...includes.map((f) => path.join("_includes", f))];
  for (const file of files) {
    test(file, () => {
      const source = readFileSync(file, "utf8");
      // Html values (lib/render/escape.ts) are named …Html; `content` is the page Eleventy rendered into the layout.
      for (const [, expression] of source.matchAll(/\{\{\s*([^}|]+?)\s*\|\s*safe\s*\}\}/g)) {
        expect(expression, file).toMatch(/(?:Html|^content)$/);
      }
      expect(source, file).not.toMatch(/href="\//);
    });
  }
});

// A build formats every citation ahead on worker threads; a page formatting on its own would run citeproc again.
test("both languages' pages take every citation from the build's formatter, none formatted again", () => {
  const { corpus } = built;
  const formatted: string[] = [];
  const format: CitationFormatter = (record) => {
    formatted.push(record.id);
    return { ...formatCitations(record), apa: `formatted ahead: ${record.id}` };
  };
  const model = buildSiteModel(corpus, TEST_SITE, format);
  const sources = [...model.sources, ...model.zhHans.sources];
  expect(model.zhHans.sources.length).toBeGreaterThan(0);
  for (const s of sources) expect(s.citations.apa).toBe(`formatted ahead: ${s.id}`);
  expect(formatted.length).toBe(model.claims.length + sources.length);
});

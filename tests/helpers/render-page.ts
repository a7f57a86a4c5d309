/**
 * Renders a page template as Eleventy does, in milliseconds and without a
 * build: its front matter (YAML, or a `---js` object whose values may be
 * functions), its computed data and permalink (functions are called, strings
 * are rendered as templates, as Eleventy renders them), the body through a
 * real autoescaping Nunjucks environment, then its layouts. Printing an
 * undefined value throws, so a template naming a field its model lacks fails.
 * The page models come from a small content folder loaded by the real loader.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { expect } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import type { Site } from "../../lib/content/site.ts";
import { ZH_HANS_TEXT } from "../../lib/render/zh-hans-text.ts";
import { CONTENT_SECURITY_POLICY } from "../../lib/render/csp.ts";
import { SEARCH_MODULES } from "../../lib/render/search-modules.ts";
import { buildSiteModel, type SiteModel } from "../../lib/render/site-model.ts";
import { siteUrls } from "../../lib/render/urls.ts";
import { validContentDir, type Files } from "./content-dir.ts";
import { siteSettings } from "./site-settings.ts";

type Data = Record<string, unknown>;

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(["_includes", "pages"]), { autoescape: true, throwOnUndefined: true });

/** A site served under a path prefix, so tests see where the prefix goes. */
export const TEST_SITE: Site = siteSettings({
  title: "Fact & Check",
  tagline: "What's true, quoted.",
  pathPrefix: "/fc/",
  publisher: { ...siteSettings().publisher, name: "Fact & Check" },
});

function readTemplate(file: string): { data: Data; body: string } {
  const text = readFileSync(file, "utf8");
  const match = /^---(js)?\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const source = match[2]!;
  // Eleventy reads a `---js` object literal by evaluating it (gray-matter's javascript engine).
  const data = (match[1] ? new Function(`return (${source});`)() : parseYaml(source)) as Data;
  return { data, body: text.slice(match[0].length) };
}

/** A front-matter value as Eleventy resolves it: functions are called with the data, strings rendered. */
function resolve(value: unknown, data: Data): unknown {
  if (typeof value === "function") return value(data);
  if (typeof value === "string") return env.renderString(value, data);
  return value;
}

export interface RenderedPage {
  readonly html: string;
  readonly permalink: string;
  readonly data: Data;
}

/** Renders `pages/<template>` with the global data and, for a paginated template, its alias (e.g. `{ c: claimPage }`). */
export function renderPage(template: string, data: Data): RenderedPage {
  const { data: frontMatter, body } = readTemplate(path.join("pages", template));
  const { eleventyComputed = {}, permalink, ...own } = frontMatter as { eleventyComputed?: Data; permalink?: unknown };
  const pageData: Data = { ...data, ...own };
  for (const [key, value] of Object.entries(eleventyComputed)) pageData[key] = resolve(value, pageData);
  let html = env.renderString(body, pageData);
  let layout = pageData.layout as string | undefined;
  while (layout) {
    const { data: layoutData, body: layoutBody } = readTemplate(path.join("_includes", layout));
    html = env.renderString(layoutBody, { ...layoutData, ...pageData, content: html });
    layout = layoutData.layout as string | undefined;
  }
  return { html, permalink: String(resolve(permalink, pageData)), data: pageData };
}

/** Every page `pages/<template>` writes: one per item of its pagination (size 1), else one. */
export function renderAll(template: string, globals: Data): RenderedPage[] {
  const { pagination } = readTemplate(path.join("pages", template)).data as { pagination?: { data: string; alias: string } };
  if (!pagination) return [renderPage(template, globals)];
  const items = pagination.data.split(".").reduce<unknown>((value, key) => (value as Data)[key], globals) as unknown[];
  return items.map((item) => renderPage(template, { ...globals, [pagination.alias]: item }));
}

export interface TestSite {
  readonly corpus: Corpus;
  readonly model: SiteModel;
  /** The global data the Eleventy plugin gives every template. */
  readonly globals: Data;
}

/** Loads the minimal valid content with `files` added or replaced, and builds its page models for TEST_SITE. */
export async function testSite(files: Files = {}, site: Site = TEST_SITE): Promise<TestSite> {
  const root = await validContentDir(files);
  const result = await loadCorpus({ root, today: "2026-11-26" });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const model = buildSiteModel(result.corpus, site);
  return {
    corpus: result.corpus,
    model,
    globals: {
      site,
      factcheck: model,
      urls: siteUrls(site.pathPrefix),
      zh: ZH_HANS_TEXT,
      zhUrls: siteUrls(site.pathPrefix, "zh-hans"),
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      searchModules: SEARCH_MODULES,
      serviceWorker: true,
    },
  };
}

/** Decodes the entities the templates write, once, as a browser reads text or an attribute. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#[0-9]+|quot|amp|lt|gt|apos);/g, (_, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" }[name]!,
  );
}

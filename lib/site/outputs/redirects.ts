/**
 * Old addresses of renamed claims and sources keep working: a static redirect
 * page at each alias (canonical link + meta refresh, for any host, and a small
 * script that keeps the `#fragment` a meta refresh drops) and a `_redirects`
 * file with real 301s for Netlify and Cloudflare Pages.
 */
import type { Corpus } from "../../content/corpus.ts";
import type { Site } from "../../content/site.ts";
import { CONTENT_SECURITY_POLICY } from "../../render/csp.ts";
import { escapeHtml } from "../../render/escape.ts";
import { absoluteUrl, siteUrls, urls, withBase } from "../../render/urls.ts";
import { REDIRECTS_FILE } from "./host-files.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly title: string;
  /** What moved, as the page says it: "fact check" or "source". */
  readonly what: "fact check" | "source";
}

/** Every alias of every claim, then of every source, as root-relative paths; sorted by id, then alias order. */
function redirects(corpus: Corpus): Redirect[] {
  return [
    ...corpus.claims.flatMap((c) => c.aliases.map((alias) => ({ from: urls.claim(alias), to: urls.claim(c.id), title: c.claim, what: "fact check" as const }))),
    ...corpus.sources.flatMap((s) => (s.aliases ?? []).map((alias) => ({ from: urls.source(alias), to: urls.source(s.id), title: s.title, what: "source" as const }))),
  ];
}

export function redirectPage(redirect: Redirect, site: Site): string {
  const target = escapeHtml(withBase(redirect.to, site.pathPrefix));
  const canonical = escapeHtml(absoluteUrl(site.url, site.pathPrefix, redirect.to));
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>Moved: ${escapeHtml(redirect.title)}</title>
<link rel="canonical" href="${canonical}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<script src="${escapeHtml(siteUrls(site.pathPrefix).asset("redirect.js"))}" type="module"></script>
</head>
<body>
<p>This ${redirect.what} has moved to <a href="${target}" data-redirect>${escapeHtml(redirect.title)}</a>.</p>
</body>
</html>
`;
}

export const redirectsStep: OutputStep = {
  name: "redirects",
  run: async ({ siteDir, corpus, site }) => {
    const all = redirects(corpus);
    for (const r of all) await writeSiteFile(siteDir, `${r.from}index.html`, redirectPage(r, site));
    const lines = all.map((r) => `${withBase(r.from, site.pathPrefix)} ${withBase(r.to, site.pathPrefix)} 301`);
    await writeSiteFile(siteDir, `/${REDIRECTS_FILE}`, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  },
};

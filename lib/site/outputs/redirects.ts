/**
 * Old addresses of renamed claims keep working: a static redirect page at
 * each alias (canonical link + meta refresh, for any host) and a
 * `_redirects` file with real 301s for Netlify and Cloudflare Pages.
 */
import type { Corpus } from "../../content/corpus.ts";
import type { Site } from "../../content/site.ts";
import { escapeHtml } from "../../render/escape.ts";
import { absoluteUrl, urls, withBase } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly title: string;
}

/** Every alias of every claim, as root-relative paths; sorted by claim id, then alias order. */
function claimRedirects(corpus: Corpus): Redirect[] {
  return corpus.claims.flatMap((c) => c.aliases.map((alias) => ({ from: urls.claim(alias), to: urls.claim(c.id), title: c.claim })));
}

export function redirectPage(redirect: Redirect, site: Site): string {
  const target = escapeHtml(withBase(redirect.to, site.pathPrefix));
  const canonical = escapeHtml(absoluteUrl(site.url, site.pathPrefix, redirect.to));
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeHtml(redirect.title)}</title>
<link rel="canonical" href="${canonical}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>This fact check has moved to <a href="${target}">${escapeHtml(redirect.title)}</a>.</p>
</body>
</html>
`;
}

export const redirectsStep: OutputStep = {
  name: "redirects",
  run: async ({ siteDir, corpus, site }) => {
    const redirects = claimRedirects(corpus);
    for (const r of redirects) await writeSiteFile(siteDir, `${r.from}index.html`, redirectPage(r, site));
    const lines = redirects.map((r) => `${withBase(r.from, site.pathPrefix)} ${withBase(r.to, site.pathPrefix)} 301`);
    await writeSiteFile(siteDir, "/_redirects", lines.length > 0 ? `${lines.join("\n")}\n` : "");
  },
};

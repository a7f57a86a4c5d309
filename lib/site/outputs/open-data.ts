/**
 * The open data dumps: /data/claims.json, /data/sources.json, /data/claims.csv
 * and /data/claimreview.json. Their shapes are published as JSON Schemas in
 * schemas/data/. The site's writing is CC BY 4.0; quotations are marked as
 * third-party and excluded from that licence.
 */
import type { Corpus } from "../../content/corpus.ts";
import type { Site } from "../../content/site.ts";
import { absoluteUrl, urls } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  excludes: "Quotations (excerpt text) are the work of their publishers and are not covered by this licence.",
} as const;

function claimsData(corpus: Corpus, site: Site) {
  const link = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  return {
    licence: LICENCE,
    claims: corpus.claims.map((c) => {
      const verdict = corpus.verdict(c.verdict)!;
      return {
        id: c.id,
        url: link(urls.claim(c.id)),
        claim: c.claim,
        verdict: { id: verdict.id, label: verdict.label, rating: verdict.rating },
        summary: c.summary,
        topics: c.topics,
        published: c.published,
        reviewed: c.reviewed,
        aliases: c.aliases,
        evidence: c.evidence.map((e) => ({ number: e.number, ref: e.ref, ...(e.note === undefined ? {} : { note: e.note }) })),
        appearances: c.appearances,
        revisions: c.revisions,
        related: c.related,
      };
    }),
    withdrawn: corpus.withdrawn.map((w) => ({
      id: w.id,
      url: link(urls.claim(w.id)),
      claim: w.claim,
      published: w.published,
      withdrawn: w.withdrawn,
    })),
  };
}

function sourcesData(corpus: Corpus, site: Site) {
  const link = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  return {
    licence: LICENCE,
    sources: corpus.sources.map((s) => ({
      id: s.id,
      url: link(urls.source(s.id)),
      title: s.title,
      publisher: s.publisher,
      ...(s.publisherFrom === undefined ? {} : { publisherFrom: s.publisherFrom }),
      authors: s.authors,
      // Labelled apart: a link the editors infer, used for independence, never a byline.
      ...(s.inferredAuthors === undefined ? {} : { inferredAuthors: s.inferredAuthors }),
      ...(s.published === undefined ? {} : { published: s.published }),
      ...(s.publishedFrom === undefined ? {} : { publishedFrom: s.publishedFrom }),
      ...(s.documentDate === undefined ? {} : { documentDate: s.documentDate }),
      aliases: s.aliases ?? [],
      ...(s.url === undefined ? {} : { original: s.url }),
      ...(s.readAt === undefined ? {} : { readAt: s.readAt }),
      ...(s.snapshot === undefined ? {} : { snapshot: s.snapshot }),
      language: s.language,
      kind: s.kind,
      excerpts: s.excerpts.map((e) => ({
        id: e.id,
        ref: e.ref,
        url: link(urls.excerpt(s.id, e.id)),
        text: e.text,
        // The quotation is not the site's writing: it stays under its publisher's rights.
        thirdParty: true,
        ...(e.locator === undefined ? {} : { locator: e.locator }),
        ...(e.locatorNote === undefined ? {} : { locatorNote: e.locatorNote }),
        ...(e.lang === undefined ? {} : { lang: e.lang }),
        ...(e.original === undefined ? {} : { original: e.original }),
        ...(e.translation === undefined ? {} : { translation: e.translation }),
        citedBy: corpus.citingClaims(e.ref).map((c) => c.id),
      })),
    })),
  };
}

/**
 * A CSV cell: quoted, quotes doubled, and a cell that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) prefixed with `'`.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const CSV_COLUMNS = ["id", "url", "claim", "verdict", "verdict_label", "rating", "summary", "topics", "published", "reviewed"] as const;

function claimsCsv(corpus: Corpus, site: Site): string {
  const rows = corpus.claims.map((c) => {
    const v = corpus.verdict(c.verdict)!;
    const url = absoluteUrl(site.url, site.pathPrefix, urls.claim(c.id));
    return [c.id, url, c.claim, v.id, v.label, v.rating, c.summary, c.topics.join(" "), c.published, c.reviewed];
  });
  return `${[CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export const openDataStep: OutputStep = {
  name: "open data",
  run: async ({ siteDir, corpus, model, site }) => {
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    await writeSiteFile(siteDir, urls.data("claims.json"), json(claimsData(corpus, site)));
    await writeSiteFile(siteDir, urls.data("sources.json"), json(sourcesData(corpus, site)));
    await writeSiteFile(siteDir, urls.data("claims.csv"), claimsCsv(corpus, site));
    // The ClaimReview each claim page embeds.
    await writeSiteFile(siteDir, urls.data("claimreview.json"), json(model.claims.map((c) => c.claimReview)));
  },
};

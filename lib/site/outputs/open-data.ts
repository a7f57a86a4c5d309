/**
 * The open data dumps: /data/claims.json, /data/sources.json, /data/claims.csv
 * and /data/claimreview.json. Their shapes are published as JSON Schemas in
 * schemas/data/. Each claim's Chinese text and address stand beside the
 * English (`zh-hans`, as in data/verdicts.yaml). The site's writing is
 * under its licence (lib/render/licence.ts); quotations are marked as third-party and excluded from that licence.
 */
import type { Claim, Corpus } from "../../content/corpus.ts";
import type { Site } from "../../content/site.ts";
import { LICENCE } from "../../render/licence.ts";
import type { SiteModel } from "../../render/site-model.ts";
import { absoluteUrl, pathsIn, urls } from "../../render/urls.ts";
import type { OutputStep } from "./index.ts";
import { writeSiteFile } from "./write-file.ts";

const DATA_LICENCE = {
  ...LICENCE,
  excludes: "Quotations (excerpt text) are the work of their publishers and are not covered by this licence.",
} as const;

/** A claim's Chinese translation as the data publish it, when it has one. */
function chineseText(c: Claim, corpus: Corpus, site: Site) {
  const t = corpus.translation(c.id, "zh-hans");
  if (t === undefined) return {};
  return {
    "zh-hans": {
      url: absoluteUrl(site.url, site.pathPrefix, pathsIn["zh-hans"].claim(c.id)),
      claim: t.claim,
      summary: t.summary,
      alsoKnownAs: t.alsoKnownAs,
      // The English text it was made from, and whether that is still the English.
      translatedFrom: t.translatedFrom,
      current: t.current,
    },
  };
}

export function claimsData(corpus: Corpus, site: Site) {
  const link = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  return {
    licence: DATA_LICENCE,
    claims: corpus.claims.map((c) => {
      const verdict = corpus.verdict(c.verdict)!;
      return {
        id: c.id,
        url: link(urls.claim(c.id)),
        claim: c.claim,
        verdict: { id: verdict.id, label: verdict.label, rating: verdict.rating, "zh-hans": { label: verdict["zh-hans"].label } },
        summary: c.summary,
        alsoKnownAs: c.alsoKnownAs,
        topics: c.topics,
        published: c.published,
        reviewed: c.reviewed,
        aliases: c.aliases,
        evidence: c.evidence.map((e) => ({ number: e.number, ref: e.ref, ...(e.note === undefined ? {} : { note: e.note }) })),
        appearances: c.appearances,
        revisions: c.revisions,
        related: c.related,
        ...chineseText(c, corpus, site),
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
    licence: DATA_LICENCE,
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

// The Chinese columns come last, so readers of the English columns by position are unaffected; empty without a translation.
const CSV_COLUMNS = [
  "id",
  "url",
  "claim",
  "verdict",
  "verdict_label",
  "rating",
  "summary",
  "topics",
  "published",
  "reviewed",
  "url_zh_hans",
  "claim_zh_hans",
  "summary_zh_hans",
  "verdict_label_zh_hans",
] as const;

export function claimsCsv(corpus: Corpus, site: Site): string {
  const link = (path: string) => absoluteUrl(site.url, site.pathPrefix, path);
  const rows = corpus.claims.map((c) => {
    const v = corpus.verdict(c.verdict)!;
    const t = corpus.translation(c.id, "zh-hans");
    const chinese = t === undefined ? ["", "", ""] : [link(pathsIn["zh-hans"].claim(c.id)), t.claim, t.summary];
    return [c.id, link(urls.claim(c.id)), c.claim, v.id, v.label, v.rating, c.summary, c.topics.join(" "), c.published, c.reviewed, ...chinese, v["zh-hans"].label];
  });
  return `${[CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The ClaimReview each claim page embeds, English pages first, then the Chinese ones. */
export function claimReviews(model: SiteModel) {
  // A Chinese page of an untranslated claim shows the English and reviews nothing in Chinese.
  return [...model.claims.map((c) => c.claimReview), ...model.zhHans.claims.flatMap((c) => (c.claimReview ? [c.claimReview] : []))];
}

export const openDataStep: OutputStep = {
  name: "open data",
  run: async ({ siteDir, corpus, model, site }) => {
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    await writeSiteFile(siteDir, urls.data("claims.json"), json(claimsData(corpus, site)));
    await writeSiteFile(siteDir, urls.data("sources.json"), json(sourcesData(corpus, site)));
    await writeSiteFile(siteDir, urls.data("claims.csv"), claimsCsv(corpus, site));
    await writeSiteFile(siteDir, urls.data("claimreview.json"), json(claimReviews(model)));
  },
};

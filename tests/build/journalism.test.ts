/**
 * What a journalist relies on, over the real built site: ClaimReview on every
 * claim page, citation files that independent parsers read back, the Atom
 * feed, the open data validated against the committed JSON Schemas.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { DOMParser } from "@xmldom/xmldom";
import { Ajv } from "ajv";
import { parse as parseHtml } from "node-html-parser";
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { Corpus } from "../../lib/content/corpus.ts";
import { loadCorpus } from "../../lib/content/load.ts";
import type { Site } from "../../lib/content/site.ts";
import { ratingBounds } from "../../lib/render/claim-review.ts";
import { escapeHtml } from "../../lib/render/escape.ts";
import { MAX_SOURCE_SHARE, MIN_CLAIMS_FOR_SHARE, percent, PRESENT_TENSE_MAX_AGE_YEARS } from "../../lib/content/thresholds.ts";
import { numberWord } from "../../lib/render/prose.ts";
import { absoluteUrl, pathsIn, urls } from "../../lib/render/urls.ts";
import { page } from "../helpers/site-files.ts";

const siteDir = inject("siteDir");
let corpus: Corpus;
let site: Site;
const permalink = (id: string) => absoluteUrl(site.url, site.pathPrefix, urls.claim(id));
const read = (urlPath: string) => readFile(path.join(siteDir, urlPath), "utf8");
/** A claim page with <pre> parsed as HTML (node-html-parser keeps it raw by default). */
const claimPage = async (id: string) =>
  parseHtml(await read(`${urls.claim(id)}index.html`), { blockTextElements: { script: true, style: true } });

beforeAll(async () => {
  corpus = (await loadCorpus({ root: "." })).corpus;
  site = corpus.site;
});

/** A small RIS reader: `TAG  - value` lines into a map of tag → values. */
function parseRis(text: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line);
    if (!match) {
      if (line.trim() !== "") throw new Error(`not a RIS line: ${line}`);
      continue;
    }
    tags.set(match[1]!, [...(tags.get(match[1]!) ?? []), match[2] ?? ""]);
  }
  return tags;
}

describe("ClaimReview", () => {
  test("every claim page embeds a complete ClaimReview whose url is its canonical URL", async () => {
    const bounds = ratingBounds(corpus.verdicts);
    for (const claim of corpus.claims) {
      const html = await page(siteDir, urls.claim(claim.id));
      const scripts = html.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]!.text);
      const verdict = corpus.verdict(claim.verdict)!;
      expect(data["@context"]).toBe("https://schema.org");
      expect(data["@type"]).toBe("ClaimReview");
      expect(data.url).toBe(html.querySelector('link[rel="canonical"]')!.getAttribute("href"));
      expect(data.url).toBe(permalink(claim.id));
      expect(data.claimReviewed).toBe(claim.claim);
      expect(data.author).toMatchObject({ "@type": "NewsMediaOrganization", name: site.publisher.name, url: absoluteUrl(site.url, site.pathPrefix, urls.about()) });
      expect(data.publisher).toEqual(data.author);
      expect(data.datePublished).toBe(claim.published);
      expect(data.dateModified).toBe(claim.reviewed);
      expect(data.reviewRating["@type"]).toBe("Rating");
      expect(data.reviewRating.alternateName).toBe(verdict.label);
      if (verdict.rating > 0) {
        expect(data.reviewRating).toMatchObject({ ratingValue: verdict.rating, bestRating: bounds.best, worstRating: bounds.worst });
      } else {
        // Off the scale (unproven, outdated): the label alone, never a number outside the bounds.
        expect(data.reviewRating.ratingValue).toBeUndefined();
      }
      expect(data.itemReviewed["@type"]).toBe("Claim");
      expect(data.itemReviewed.appearance ?? []).toHaveLength(claim.appearances.length);
      expect(data.itemReviewed.firstAppearance !== undefined).toBe(claim.appearances.length > 0);
    }
  });

  test("the author's four policy links lead to pages of the site that hold the policy", async () => {
    const { author } = JSON.parse((await page(siteDir, urls.claim(corpus.claims[0]!.id))).querySelector('script[type="application/ld+json"]')!.text);
    const policies = ["publishingPrinciples", "correctionsPolicy", "verificationFactCheckingPolicy", "ownershipFundingInfo"];
    for (const key of policies) {
      const url = new URL(author[key]);
      expect(url.href.startsWith(absoluteUrl(site.url, site.pathPrefix, "/")), `${key}: ${url}`).toBe(true);
      const html = await page(siteDir, url.pathname);
      if (url.hash) expect(html.querySelector(`[id="${url.hash.slice(1)}"]`), `${key}: ${url}`).not.toBeNull();
    }
  });

  test("/data/claimreview.json holds the same records as the pages, English then Chinese", async () => {
    const all = JSON.parse(await read("data/claimreview.json"));
    const pagePaths = [...corpus.claims.map((c) => urls.claim(c.id)), ...corpus.translations.map((t) => pathsIn["zh-hans"].claim(t.claimId))];
    expect(corpus.translations.length).toBeGreaterThan(0);
    expect(all).toHaveLength(pagePaths.length);
    for (const [i, pagePath] of pagePaths.entries()) {
      const html = await page(siteDir, pagePath);
      expect(all[i]).toEqual(JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text));
      expect(all[i].url).toBe(absoluteUrl(site.url, site.pathPrefix, pagePath));
      expect(all[i].inLanguage).toBe(i < corpus.claims.length ? "en" : "zh-Hans");
    }
  });

  test("the methodology page's section for data users maps every verdict to the rating its ClaimReview carries", async () => {
    const html = await page(siteDir, urls.methodology());
    for (const v of corpus.verdicts) {
      const cells = html.querySelectorAll(`[id="rating-${v.id}"] td`).map((td) => td.text);
      expect(cells).toEqual([v.label, v.rating === 0 ? "none (name only)" : String(v.rating)]);
    }
  });

  test("the methodology page states the independence, balance and “as of” rules with the checker's figures", async () => {
    const html = await page(siteDir, urls.methodology());
    const section = (id: string) => html.querySelector(`[id="${id}"]`)!.nextElementSibling!.text.replace(/\s+/g, " ");
    const strict = corpus.verdicts.filter((v) => (v.minIndependentSources ?? 1) > 1);
    expect(strict.length).toBeGreaterThan(0);
    for (const v of strict) expect(section("independence")).toContain(v.label.toLowerCase());
    expect(section("independence")).toContain(`at least ${numberWord(strict[0]!.minIndependentSources!)} independent sources`);
    expect(section("balance")).toContain(`No source, and no person or organisation, is behind more than ${percent(MAX_SOURCE_SHARE)} of the claims`);
    expect(section("balance")).toContain(`at least ${MIN_CLAIMS_FOR_SHARE} claims`);
    expect(section("as-of")).toContain(`more than ${PRESENT_TENSE_MAX_AGE_YEARS} years older than the review`);
  });
});

describe("citations", () => {
  // Titles are compared as written: sentence-casing is a reference manager's choice on import, not the file's.
  const readBibtex = async (file: string) => {
    const library = parseBibtex(await read(file), { sentenceCase: false });
    expect(library.errors, file).toEqual([]);
    expect(library.entries, file).toHaveLength(1);
    return library.entries[0]!;
  };

  test("every claim's BibTeX parses (independent parser, no warnings) back to its title, one URL, standard month and access date", async () => {
    for (const claim of corpus.claims) {
      const entry = await readBibtex(urls.citeFile(claim.id, "bib"));
      expect(entry.key).toBe(claim.id);
      expect(entry.fields.title).toBe(claim.claim.replace(/\.$/, ""));
      expect(entry.fields.url).toBe(permalink(claim.id));
      expect(entry.fields.howpublished).toBeUndefined();
      const [year, month] = claim.reviewed.split("-").map(Number);
      expect(entry.fields.year).toBe(String(year));
      // `month = nov` (the standard macro) reads back as the month's number.
      expect(entry.fields.month).toBe(String(month));
      expect(entry.fields.urldate).toBe(claim.reviewed);
      // An organisation is one name, never split at "and".
      expect(entry.fields.author).toEqual([{ name: site.publisher.name }]);
      expect(entry.fields.organization).toEqual([site.title]);
    }
  });

  test("every source's BibTeX parses (independent parser, no warnings) back to its title, people and original address", async () => {
    for (const source of corpus.sources) {
      const entry = await readBibtex(urls.sourceCiteFile(source.id, "bib"));
      expect(entry.key).toBe(source.id);
      expect(entry.fields.title).toBe(source.title);
      // The original's address only: a copy read is named in the note, never as the work's URL.
      expect(entry.fields.url).toBe(source.url);
      const people = source.authors.filter((a) => "given" in a && a.role !== "translator");
      for (const person of people) {
        if ("given" in person) expect(entry.fields.author).toContainEqual({ lastName: person.family, firstName: person.given });
      }
      const date = source.published ?? source.documentDate;
      if (date !== undefined) expect(entry.fields.year).toBe(date.slice(0, 4));
      // Every organisation reads back whole ("The Globe and Mail" is one publisher, never "The Globe" and "Mail").
      for (const body of source.authors.filter((a) => "organization" in a)) expect(entry.fields.author).toContainEqual({ name: body.organization });
      if (entry.fields.organization !== undefined) expect(entry.fields.organization, source.id).toEqual([source.publisher]);
    }
  });

  test("every claim's RIS reads back to its title, URL and last-reviewed date", async () => {
    for (const claim of corpus.claims) {
      const ris = parseRis(await read(urls.citeFile(claim.id, "ris")));
      expect(ris.get("TY")).toEqual(["ELEC"]);
      // A title carries no sentence's full stop.
      expect(ris.get("TI")).toEqual([claim.claim.replace(/\.$/, "")]);
      expect(ris.get("UR")).toEqual([permalink(claim.id)]);
      const [y, m, d] = ris.get("DA")![0]!.split("/").map(Number);
      expect([y, m, d]).toEqual(claim.reviewed.split("-").map(Number));
      expect(ris.has("ER")).toBe(true);
    }
  });

  test("every claim's CSL-JSON file is the record on its page", async () => {
    for (const claim of corpus.claims) {
      const [record] = JSON.parse(await read(urls.citeFile(claim.id, "json")));
      expect(record).toMatchObject({ id: claim.id, title: claim.claim.replace(/\.$/, ""), URL: permalink(claim.id) });
      const html = await claimPage(claim.id);
      const shown = html.querySelectorAll(".cite pre code").map((c) => c.text.trim());
      expect(shown.filter((t) => t.startsWith("[")).map((t) => JSON.parse(t))).toEqual([[record]]);
    }
  });

  test("claim pages show each style in a <details> readable without script, with the permanent URL", async () => {
    for (const claim of corpus.claims) {
      const html = await page(siteDir, urls.claim(claim.id));
      const styles = html.querySelectorAll(".cite details summary").map((s) => s.text);
      expect(styles).toEqual(expect.arrayContaining(["APA 7", "MLA 9", "Chicago (notes and bibliography)", "BibTeX", "RIS", "CSL-JSON"]));
      for (const text of html.querySelectorAll(".cite .cite__text").map((p) => p.text)) expect(text).toContain(permalink(claim.id));
      expect(html.querySelector(".cite")!.getAttribute("data-pagefind-ignore")).not.toBeUndefined();
      expect(html.querySelectorAll("script:not([type])")).toHaveLength(0);
    }
  });

  // Claims share their author and often their year: formatted together in one
  // bibliography, citeproc would write "2026a" and replace the repeated author with "———".
  test("each claim is cited on its own: every style names the publisher and the bare year", async () => {
    for (const claim of corpus.claims) {
      const html = await page(siteDir, urls.claim(claim.id));
      const [apa, mla, chicago] = html.querySelectorAll(".cite .cite__text").map((p) => p.text);
      // The site is author and publisher: APA and Chicago name it first, MLA (title first) once, as publisher.
      for (const text of [apa, chicago]) expect(text!.startsWith(`${site.publisher.name}.`), text).toBe(true);
      expect(mla!.startsWith(`“`), mla).toBe(true);
      expect(mla).toContain(`” ${site.publisher.name}, `);
      expect(apa).toContain(`(${claim.reviewed.slice(0, 4)}, `);
    }
  });

  test("each excerpt's citation is on its source page, collapsed, kept out of search, says where it was read, and points to the source's other styles", async () => {
    for (const source of corpus.sources) {
      const html = await page(siteDir, urls.source(source.id));
      for (const excerpt of source.excerpts) {
        const cite = html.querySelector(`[id="${excerpt.id}--cite"]`)!;
        expect(cite.tagName).toBe("DETAILS");
        expect(cite.getAttribute("open")).toBeUndefined();
        expect(cite.getAttribute("data-pagefind-ignore")).not.toBeUndefined();
        const [reference, place, ...more] = cite.querySelectorAll(".cite__text").map((p) => p.text);
        expect(more).toEqual([]);
        // The reference is the source's, untouched: the place stands beside it as written ("Paragraph 6"), never after its URL.
        expect(reference).toBe(html.querySelector(".cite .cite__text")!.text);
        if (excerpt.locator) expect(place).toBe(excerpt.locator.charAt(0).toUpperCase() + excerpt.locator.slice(1));
        else expect(place).toBeUndefined();
        // A copy read is named once, as the copy; the publisher's own address only when known.
        if (source.readAt) expect(reference!.split(source.readAt)).toHaveLength(2);
        if (source.readAt) expect(reference).toContain(`Read from a copy at ${source.readAt}`);
        // APA 7 wording (no "Retrieved from" without a retrieval date), and never two URLs run together.
        expect(reference).not.toMatch(/Retrieved|https?:\/\/\S*[^.\s] (Read|https?:)/);
        const other = cite.querySelector(".excerpt__cite-other")!;
        expect(other.querySelector('a[href="#cite"]')).not.toBeNull();
      }
    }
  });

  test("every source's references name the publisher alone, in plain words: no caveat inside the name, no “copy read”, no “§”, no “In” before a site", async () => {
    for (const source of corpus.sources) {
      const html = await page(siteDir, urls.source(source.id));
      for (const text of html.querySelectorAll(".cite__text").map((p) => p.text)) {
        expect(text).not.toMatch(/copy read|copies read|\(as credited|§|Date not shown/);
        expect(text).not.toContain(`${source.publisher} (`);
        expect(text).not.toContain(`In ${source.publisher}`);
      }
    }
  });

  test("an excerpt's reference names a person as APA does: the TechNode article's begins “Udemans, C.”", async () => {
    const html = await page(siteDir, urls.source("technode-udemans-blacklists-redlists-2018"));
    const excerpts = html.querySelectorAll(".excerpt__cite");
    expect(excerpts.length).toBeGreaterThan(0);
    for (const cite of excerpts) {
      const [apa] = cite.querySelectorAll(".cite__text").map((dd) => dd.text);
      expect(apa).toMatch(/^Udemans, C\. \(2018, October 23\)\. /);
    }
    // MLA and Chicago's bibliography entry, in the source's own citations, write the name in full.
    const source = html.querySelectorAll(".cite .cite__text").map((p) => p.text);
    expect(source.filter((text) => text.startsWith("Udemans, Christopher. “"))).toHaveLength(2);
  });
});

describe("what a reference manager saves (Zotero's embedded-metadata translator)", () => {
  /** Every value of each `citation_*`, `DC.*` and `og:type` tag, decoded. */
  const tags = (html: ReturnType<typeof parseHtml>) => {
    const found = new Map<string, string[]>();
    for (const m of html.querySelectorAll("meta[name], meta[property]")) {
      const key = m.getAttribute("name") ?? m.getAttribute("property")!;
      if (/^(citation_|DC\.|og:type$)/.test(key)) found.set(key, [...(found.get(key) ?? []), m.getAttribute("content")!]);
    }
    return Object.fromEntries(found);
  };
  const slashes = (date: string) => date.replaceAll("-", "/");

  test("every claim page describes itself: the claim, the site as publisher, published and last reviewed, its permanent URL", async () => {
    for (const claim of corpus.claims) {
      expect(tags(await page(siteDir, urls.claim(claim.id)))).toEqual({
        "og:type": ["website"],
        citation_title: [claim.claim],
        citation_publisher: [site.publisher.name],
        // Dated as its citations and files are: the version last reviewed; first online when published.
        citation_publication_date: [slashes(claim.reviewed)],
        citation_online_date: [slashes(claim.published)],
        citation_public_url: [permalink(claim.id)],
        citation_language: [site.language],
        "DC.type": ["webpage"],
        "DC.rights": [expect.stringContaining("CC BY 4.0")],
      });
    }
  });

  test("every source page describes the original work: its title, each person in its byline, publisher, date and address", async () => {
    for (const source of corpus.sources) {
      const people = source.authors.flatMap((a) => ("organization" in a || a.role === "translator" ? [] : ["given" in a ? `${a.family}, ${a.given}` : `${a.name},`]));
      const date = source.published ?? source.documentDate;
      expect(tags(await page(siteDir, urls.source(source.id)))).toEqual({
        "og:type": ["website"],
        citation_title: [source.title],
        ...(people.length > 0 ? { citation_author: people } : {}),
        citation_publisher: [source.publisher],
        ...(date === undefined ? {} : { citation_publication_date: [slashes(date)] }),
        // Zotero's URL is where the item was retrieved: the original, else the copy read, never this site's page.
        citation_public_url: [source.url ?? source.readAt],
        citation_language: [source.language],
        "DC.type": ["webpage"],
        // Zotero's Website Title: the work's publisher, read before og:site_name (this site).
        "DC.source": [source.publisher],
        "DC.rights": [expect.stringContaining(source.publisher)],
      });
    }
  });

  test("the TechNode article is saved with its author split as a reference manager splits it", async () => {
    const html = await page(siteDir, urls.source("technode-udemans-blacklists-redlists-2018"));
    expect(tags(html).citation_author).toEqual(["Udemans, Christopher"]);
  });
});

describe("feed and open data", () => {
  const ATOM = "http://www.w3.org/2005/Atom";
  /** The feed at `file`, parsed as Atom (an XML error fails), with its entries' links, titles, ids and dates. */
  const atomFeed = async (file: string) => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => level !== "warning" && errors.push(message) }).parseFromString(await read(file), "application/xml");
    expect(errors, file).toEqual([]);
    expect(doc.documentElement!.localName).toBe("feed");
    expect(doc.documentElement!.namespaceURI).toBe(ATOM);
    const entries = Array.from(doc.getElementsByTagNameNS(ATOM, "entry")).map((e) => {
      const child = (name: string) => e.getElementsByTagNameNS(ATOM, name)[0]!;
      return { link: child("link").getAttribute("href")!, title: child("title").textContent!, id: child("id").textContent!, updated: child("updated").textContent! };
    });
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    return { root: doc.documentElement!, entries };
  };

  test("/feed.xml parses as Atom and lists every claim", async () => {
    const { root, entries } = await atomFeed("feed.xml");
    expect(root.getAttribute("xml:lang")).toBe("en");
    const links = entries.map((e) => e.link);
    for (const claim of corpus.claims) expect(links).toContain(permalink(claim.id));
  });

  test("/zh-hans/feed.xml parses as Atom in zh-Hans and lists every translated claim at its Chinese address, titled in Chinese", async () => {
    const { root, entries } = await atomFeed(pathsIn["zh-hans"].feed().slice(1));
    expect(root.getAttribute("xml:lang")).toBe("zh-Hans");
    const self = absoluteUrl(site.url, site.pathPrefix, pathsIn["zh-hans"].feed());
    expect(root.getElementsByTagNameNS(ATOM, "id")[0]!.textContent).toBe(self);
    for (const t of corpus.translations) {
      const link = absoluteUrl(site.url, site.pathPrefix, pathsIn["zh-hans"].claim(t.claimId));
      expect(entries.find((e) => e.link === link)?.title, t.claimId).toBe(`新增：${t.claim}`);
    }
    const zhBase = absoluteUrl(site.url, site.pathPrefix, pathsIn["zh-hans"].home());
    for (const e of entries) expect(e.link.startsWith(zhBase), e.link).toBe(true);
  });

  test("every page's head links the feed in its own language", async () => {
    const feedHref = async (pagePath: string) =>
      (await page(siteDir, pagePath)).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute("href"));
    const translated = corpus.translations[0]!.claimId;
    expect(await feedHref(urls.claim(translated))).toEqual([urls.feed()]);
    expect(await feedHref(urls.home())).toEqual([urls.feed()]);
    expect(await feedHref(pathsIn["zh-hans"].claim(translated))).toEqual([pathsIn["zh-hans"].feed()]);
    expect(await feedHref(pathsIn["zh-hans"].home())).toEqual([pathsIn["zh-hans"].feed()]);
  });

  const ajv = new Ajv({ allErrors: true });
  const schema = async (name: string) => JSON.parse(await readFile(path.join("schemas/data", name), "utf8"));

  test("/data/claims.json has one record per claim and matches its JSON Schema", async () => {
    const data = JSON.parse(await read("data/claims.json"));
    const validate = ajv.compile(await schema("claims.schema.json"));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual(corpus.claims.map((c) => c.id));
    // Both languages: each translated claim's Chinese text and page beside the English.
    const chinese = data.claims.filter((c: Record<string, unknown>) => c["zh-hans"] !== undefined);
    expect(chinese.map((c: { id: string }) => c.id)).toEqual(corpus.translations.map((t) => t.claimId));
    for (const c of chinese) {
      const t = corpus.translation(c.id, "zh-hans")!;
      expect(c["zh-hans"].url).toBe(absoluteUrl(site.url, site.pathPrefix, pathsIn["zh-hans"].claim(c.id)));
      // Every other field is the translation's own, as loaded.
      for (const key of Object.keys(c["zh-hans"]).filter((k) => k !== "url")) expect(c["zh-hans"][key], `${c.id} ${key}`).toEqual(t[key as keyof typeof t]);
    }
  });

  test("/data/sources.json lists excerpts, marked third-party, with the claims citing them", async () => {
    const data = JSON.parse(await read("data/sources.json"));
    const validate = ajv.compile(await schema("sources.schema.json"));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.sources).toHaveLength(corpus.sources.length);
    for (const source of data.sources) {
      for (const excerpt of source.excerpts) {
        expect(excerpt.thirdParty).toBe(true);
        expect(excerpt.citedBy).toEqual(corpus.citingClaims(excerpt.ref).map((c) => c.id));
      }
    }
  });

  test("/data/claims.csv has a row per claim matching its schema, with no cell a spreadsheet would run", async () => {
    const text = await read("data/claims.csv");
    const rows = text
      .trimEnd()
      .split("\r\n")
      .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"')));
    const [header, ...body] = rows;
    expect(body).toHaveLength(corpus.claims.length);
    const validate = ajv.compile(await schema("claims-csv.schema.json"));
    for (const row of body) {
      const record = Object.fromEntries(header!.map((h, i) => [h, row[i]]));
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("sharing", () => {
  test("claim pages carry Open Graph and Twitter meta", async () => {
    for (const claim of corpus.claims) {
      const html = await page(siteDir, urls.claim(claim.id));
      // As written in the page: contributor text escaped exactly once.
      const meta = (key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.rawAttributes.content;
      expect(meta("og:title")).toBe(escapeHtml(claim.claim));
      expect(meta("og:url")).toBe(escapeHtml(permalink(claim.id)));
      // A web page, never an article: a reference manager would take it for a journal article.
      expect(meta("og:type")).toBe("website");
      expect(meta("og:description")).toContain(escapeHtml(claim.summary));
      expect(meta("twitter:card")).toBe("summary");
      // Twitter falls back to og:title and og:description, so they are not repeated.
    }
  });

  test("the embeddable card is static HTML with the verdict, summary and permanent link", async () => {
    for (const claim of corpus.claims) {
      const html = await claimPage(claim.id);
      const code = html.querySelectorAll(".cite pre code").map((c) => c.text).find((t) => t.includes("factcheck-card"))!;
      const card = parseHtml(code);
      expect(card.querySelector("script")).toBeNull();
      const quote = card.querySelector("blockquote.factcheck-card")!;
      expect(quote.getAttribute("cite")).toBe(permalink(claim.id));
      expect(quote.querySelector("a")!.getAttribute("href")).toBe(permalink(claim.id));
      expect(quote.text).toContain(corpus.verdict(claim.verdict)!.label);
      expect(quote.text).toContain(claim.summary);
    }
  });

  test("dates on claim pages are <time datetime> elements", async () => {
    const html = await page(siteDir, urls.claim(corpus.claims[0]!.id));
    const times = html.querySelectorAll("time");
    expect(times.length).toBeGreaterThanOrEqual(2);
    for (const t of times) expect(t.getAttribute("datetime")).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  test("the About page covers publisher, methodology, corrections, contributing and licence", async () => {
    const html = await page(siteDir, urls.about());
    for (const id of ["publisher", "methodology", "corrections", "contribute", "licence"]) {
      expect(html.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });
});

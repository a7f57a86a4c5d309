/**
 * Every URL of the site, and the one place the path prefix is joined.
 *
 * `siteUrls(base, language)` gives the links of a site served under `base`
 * (its `pathPrefix`); `urls` is the same with no prefix: the root-relative
 * paths that name output files and Eleventy permalinks. Reader pages belong
 * to a language, whose folder is joined before the prefix, and so does each
 * language's feed; files shared by every language (assets, data, citation
 * files, the search index) are not.
 */

/** Where each language's reader pages live. English is the root; a mirror adds its folder here. */
const LANGUAGE_FOLDERS = { en: "/", "zh-hans": "/zh-hans/" } as const;
export type Language = keyof typeof LANGUAGE_FOLDERS;

/**
 * Joins a root-relative path to a base path, as unjs/ufo's `withBase` does,
 * except that the base is always added: a prefix `/claims/` still applies to
 * `/claims/x/` (ufo would take that path as already based).
 * @example withBase("/claims/x/", "/fc/") // "/fc/claims/x/"
 * @example withBase("/claims/x/", "/") // "/claims/x/"
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith("/")) throw new Error(`withBase: "${path}" is not a root-relative path`);
  const trimmed = base.replace(/\/+$/, "");
  if (trimmed === "") return path;
  return `${trimmed.startsWith("/") ? "" : "/"}${trimmed}${path}`;
}

/** Folders of files every language shares: they have no twin in a language's folder. */
const SHARED_FOLDERS = ["/assets/", "/cite/", "/data/", "/pagefind/"] as const;

/**
 * Whether a root-relative path (without the prefix, query or fragment) is an
 * English reader page: pages are written as folders, outside the shared ones
 * and the other languages' folders.
 */
function isEnglishPage(path: string): boolean {
  if (!path.endsWith("/")) return false;
  const folders = [...SHARED_FOLDERS, ...Object.values(LANGUAGE_FOLDERS).filter((f) => f !== "/")];
  return !folders.some((folder) => path.startsWith(folder));
}

/** Fragment ids that links point at: the page holding one takes its id from here. */
export const anchors = {
  /** Slugs never contain `--`, so this never equals an excerpt id. */
  excerptCitation: (excerptId: string) => `${excerptId}--cite`,
  revision: (index: number) => `revision-${index + 1}`,
  verdictDefinition: (verdictId: string) => `verdict-${verdictId}`,
  /** The list of every page of a paginated list, on its first page. Ids are slugs, which never start with "_". */
  pageList: "_pages",
  /** A letter's heading in the A–Z index: "#" files digits and other scripts. */
  indexLetter: (letter: string) => (letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`),
  /** Why a withdrawn claim was withdrawn, on the page left at its address. */
  withdrawal: "withdrawn",
} as const;

/** Citation files: BibTeX, RIS and CSL-JSON. */
export type CiteFileType = "bib" | "ris" | "json";

const fragment = (section?: string) => (section === undefined ? "" : `#${section}`);

/**
 * Page `number` of a list whose first page is at `path`: later pages are
 * numbered folders under it, so the first keeps its address as the list grows.
 * @example numbered("/topics/courts/", 2) // "/topics/courts/2/"
 */
const numbered = (path: string, number: number) => (number === 1 ? path : `${path}${number}/`);

/** The site's URLs under `base`, with reader pages in `language`. */
export function siteUrls(base = "/", language: Language = "en") {
  const shared = (path: string) => withBase(path, base);
  const page = (path: string, section?: string) => shared(withBase(path, LANGUAGE_FOLDERS[language])) + fragment(section);
  return {
    /** The home page, or one of its sections (`topics`). */
    home: (section?: string) => page("/", section),
    claim: (id: string) => page(`/claims/${id}/`),
    source: (id: string) => page(`/sources/${id}/`),
    excerpt: (sourceId: string, excerptId: string) => page(`/sources/${sourceId}/`, excerptId),
    /** An excerpt's citation, on its source page. */
    excerptCitation: (sourceId: string, excerptId: string) => page(`/sources/${sourceId}/`, anchors.excerptCitation(excerptId)),
    /** A source's claims, excerpt by excerpt (`excerptId`: where that excerpt's list starts); pages 2… follow. */
    sourceCitedBy: (id: string, number = 1, excerptId?: string) => page(numbered(`/sources/${id}/cited-by/`, number), excerptId),
    /** A topic's claims; page 1 is the topic's own address. */
    topic: (id: string, number = 1) => page(numbered(`/topics/${id}/`, number)),
    verdict: (id: string, number = 1) => page(numbered(`/verdicts/${id}/`, number)),
    methodology: (section?: string) => page("/methodology/", section),
    verdictDefinition: (id: string) => page("/methodology/", anchors.verdictDefinition(id)),
    search: () => page("/search/"),
    /** The A–Z index of claims; page 1 is the index itself. `section`: a letter's heading (anchors.indexLetter). */
    claimIndex: (number = 1, section?: string) => page(numbered("/a-z/", number), section),
    offline: () => page("/offline/"),
    /** The downloadable copy of the site, beside the page offering it. */
    offlineCopy: (fileName: string) => page(`/offline/${fileName}`),
    about: (section?: string) => page("/about/", section),
    corrections: (number = 1) => page(numbered("/corrections/", number)),
    /** A revision entry on a claim page. */
    revision: (claimId: string, index: number) => page(`/claims/${claimId}/`, anchors.revision(index)),
    withdrawal: (claimId: string) => page(`/claims/${claimId}/`, anchors.withdrawal),
    notFound: () => page("/404.html"),
    /** The Atom feed of the pages in this language. */
    feed: () => page("/feed.xml"),
    asset: (file: string) => shared(`/assets/${file}`),
    /** The script of the search index, which assets/search-engine.js imports (one index serves every language). */
    searchIndexScript: () => shared("/pagefind/pagefind.js"),
    /** A claim's citation file: `bib`, `ris` or `json` (CSL-JSON). */
    citeFile: (id: string, ext: CiteFileType) => shared(`/cite/${id}.${ext}`),
    /** The citation file of the work a source page describes. */
    sourceCiteFile: (id: string, ext: CiteFileType) => shared(`/cite/sources/${id}.${ext}`),
    /**
     * The English reader page at `path` (root-relative, without the prefix,
     * perhaps with a query or `#section`) as this language's page; undefined
     * for a file every language shares (assets, data, citation files, the
     * search index, the offline copy), which keeps its one address.
     * @example siteUrls("/fc/", "zh-hans").twin("/about/#principles") // "/fc/zh-hans/about/#principles"
     */
    twin: (path: string): string | undefined => {
      const end = path.search(/[?#]/);
      const pagePath = end === -1 ? path : path.slice(0, end);
      return isEnglishPage(pagePath) ? page(pagePath) + path.slice(pagePath.length) : undefined;
    },
    data: (file: "claims.json" | "sources.json" | "claims.csv" | "claimreview.json") => shared(`/data/${file}`),
  };
}

export type Urls = ReturnType<typeof siteUrls>;

/** Root-relative paths without the prefix: output files, permalinks, redirect sources. */
export const urls: Urls = siteUrls();

/** The same, for each language's reader pages. */
export const pathsIn: Readonly<Record<Language, Urls>> = { en: urls, "zh-hans": siteUrls("/", "zh-hans") };

/** The file a page's root-relative path is written to: `/a-z/` is `a-z/index.html`. */
export const pageFile = (pagePath: string) => pagePath.slice(1).replace(/(^|\/)$/, "$1index.html");

/** The root-relative path a reader asks for to get `file`, pageFile's inverse: `a-z/index.html` is `/a-z/`. */
export const filePage = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/** Absolute URL for canonical links and machine-readable data. */
export function absoluteUrl(siteUrl: string, pathPrefix: string, path: string): string {
  return `${siteUrl}${withBase(path, pathPrefix)}`;
}

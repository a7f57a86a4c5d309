/** The site's fixed pages (templates in pages/ without a model of their own): where each is written, what its <head> says, the search page's link to suggest a claim and its topics. */
import { counterpart } from "./alternates.ts";
import type { DisplayDate } from "./dates.ts";
import { jsonForScript, type Html } from "./escape.ts";
import { OFFLINE_SCRIPT_TEXT, SEARCH_SCRIPT_TEXT } from "./interface-text.ts";
import type { Link, ModelContext, PageMeta } from "./model-context.ts";
import type { OfflineCopy } from "./offline-copy.ts";
import { pathsIn } from "./urls.ts";

/** The issue form readers suggest a claim with (.github/ISSUE_TEMPLATE/suggest-a-claim.yml). */
const SUGGEST_CLAIM_TEMPLATE = "suggest-a-claim.yml";

export interface SearchPage {
  readonly meta: PageMeta;
  /**
   * A new issue from the "Suggest a claim" form; the search page appends
   * `&claim=` with the reader's words, which GitHub fills into the form's field.
   */
  readonly suggestClaimUrl: string;
  /** Every topic's first page, the ways on when nothing matches. */
  readonly topics: readonly Link[];
  /** The words the search script writes, in the page's language, as JSON for a script element. */
  readonly scriptTextHtml: Html;
}

/** The "Suggest a claim" form's address, before the reader's words are appended. */
export const suggestClaimUrl = (ctx: ModelContext) => `${ctx.site.repository}/issues/new?template=${SUGGEST_CLAIM_TEMPLATE}`;

/** The page offering the offline copy (SiteModel.offlineCopy) and "Save everything for offline". */
export interface OfflinePage {
  readonly meta: PageMeta;
  /** The copy's content date (OfflineCopy.date), as the page's language writes it. */
  readonly date: DisplayDate;
  /** The words the "save everything" script writes, in the page's language, as JSON for a script element. */
  readonly scriptTextHtml: Html;
}

export interface SitePages {
  readonly home: PageMeta;
  readonly about: PageMeta;
  readonly methodology: PageMeta;
  readonly offline: OfflinePage;
  readonly search: SearchPage;
  readonly notFound: PageMeta;
}

/** The offline page in the context's language. */
export function offlinePage(ctx: ModelContext, copy: OfflineCopy, page: { title: string; description: string }): OfflinePage {
  return {
    meta: ctx.meta({ path: ctx.paths.offline(), ...page, ...ctx.pair((paths) => paths.offline()) }),
    date: ctx.date(copy.date.iso),
    scriptTextHtml: jsonForScript(OFFLINE_SCRIPT_TEXT[ctx.language]),
  };
}

export function sitePages(ctx: ModelContext, copy: OfflineCopy): SitePages {
  return {
    home: ctx.meta({ path: ctx.paths.home(), ...counterpart(ctx, { en: ctx.paths.home(), "zh-hans": pathsIn["zh-hans"].home() }, "en") }),
    about: ctx.meta({
      path: ctx.paths.about(),
      title: "About",
      description:
        "Who publishes this fact-check reference, how claims are checked and corrected, how to contribute, and the licence of its writing, code and data.",
      ...ctx.pair((paths) => paths.about()),
    }),
    methodology: ctx.meta({
      path: ctx.paths.methodology(),
      title: "Methodology",
      description: "How claims are chosen and checked, the verdict scale, the rules for quoting sources, and how corrections are made.",
      ...ctx.pair((paths) => paths.methodology()),
    }),
    offline: offlinePage(ctx, copy, {
      title: "Read offline",
      description: "Keep the whole site on your device, in your browser or as a download.",
    }),
    search: {
      meta: ctx.meta({
        path: ctx.paths.search(),
        title: "Search",
        ...counterpart(ctx, { en: ctx.paths.search(), "zh-hans": pathsIn["zh-hans"].search() }, "en"),
      }),
      suggestClaimUrl: suggestClaimUrl(ctx),
      topics: ctx.corpus.topics.map((t) => ({ href: ctx.href.topic(t.id), text: t.label })),
      scriptTextHtml: jsonForScript(SEARCH_SCRIPT_TEXT.en),
    },
    notFound: ctx.meta({ path: ctx.paths.notFound(), title: "Page not found" }),
  };
}

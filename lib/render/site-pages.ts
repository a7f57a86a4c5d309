/** The site's fixed pages (templates in pages/ without a model of their own): where each is written and what its <head> says. */
import type { ModelContext, PageMeta } from "./model-context.ts";

export interface SitePages {
  readonly home: PageMeta;
  readonly about: PageMeta;
  readonly methodology: PageMeta;
  readonly offline: PageMeta;
  readonly search: PageMeta;
  readonly notFound: PageMeta;
}

export function sitePages(ctx: ModelContext): SitePages {
  return {
    home: ctx.meta({ path: ctx.paths.home() }),
    about: ctx.meta({
      path: ctx.paths.about(),
      title: "About",
      description:
        "Who publishes this fact-check reference, how claims are checked and corrected, how to contribute, and the licence of its writing, code and data.",
    }),
    methodology: ctx.meta({
      path: ctx.paths.methodology(),
      title: "Methodology",
      description: "How claims are chosen and checked, the verdict scale, the rules for quoting sources, and how corrections are made.",
    }),
    offline: ctx.meta({
      path: ctx.paths.offline(),
      title: "Read offline",
      description: "Keep the whole site on your device, in your browser or as a download.",
    }),
    search: ctx.meta({ path: ctx.paths.search(), title: "Search" }),
    notFound: ctx.meta({ path: ctx.paths.notFound(), title: "Page not found" }),
  };
}

/**
 * The licence of the site's own writing and data (quotations excluded): the
 * one owner of its name and address, which the footers, the About pages, the
 * feeds, the open data and the citation tags all state.
 */
export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

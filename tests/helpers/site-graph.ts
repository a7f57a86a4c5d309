/** A built site as a reader without JavaScript moves through it: its HTML pages and the links between them. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { filePage, pageFile } from "../../lib/render/urls.ts";
import { listFiles } from "./site-files.ts";

/** Every HTML page of a site built without a path prefix, parsed, by URL path (`/claims/x/`). */
export async function parsePages(siteDir: string): Promise<Map<string, HTMLElement>> {
  const pages = new Map<string, HTMLElement>();
  for (const file of await listFiles(siteDir)) {
    if (!file.endsWith(".html")) continue;
    pages.set(filePage(file), parse(await readFile(path.join(siteDir, file), "utf8")));
  }
  return pages;
}

/** The pages a page links to: local hrefs without their fragment, that are pages of the site. */
function linksOf(page: HTMLElement, pages: ReadonlyMap<string, HTMLElement>): string[] {
  return page
    .querySelectorAll("a[href]")
    .map((a) => a.getAttribute("href")!.replace(/[#?].*$/, ""))
    .filter((href) => pages.has(href));
}

/** The fewest clicks from `start` to each page it leads to (breadth-first over links). */
export function clicksFrom(start: string, pages: ReadonlyMap<string, HTMLElement>): Map<string, number> {
  const clicks = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i]!;
    for (const to of linksOf(pages.get(from)!, pages)) {
      if (clicks.has(to)) continue;
      clicks.set(to, clicks.get(from)! + 1);
      queue.push(to);
    }
  }
  return clicks;
}

/**
 * A paginated list from its first page, following `rel="next"`: each page's
 * URL and the hrefs of its items (`itemLinks`, a selector for their links).
 */
export function followList(first: string, itemLinks: string, pages: ReadonlyMap<string, HTMLElement>): { url: string; items: string[] }[] {
  const out: { url: string; items: string[] }[] = [];
  let url: string | undefined = first;
  while (url !== undefined) {
    const page = pages.get(url);
    if (page === undefined) throw new Error(`${out.at(-1)?.url ?? "the list"} links to ${url}, which is not a page`);
    out.push({ url, items: page.querySelectorAll(`main ${itemLinks}`).map((a) => a.getAttribute("href")!) });
    url = page.querySelector('a[rel="next"]')?.getAttribute("href");
    if (out.length > 10_000) throw new Error(`${first}: the next links never end`);
  }
  return out;
}

/** Where an element names another address: its href, src or cite, or a `<meta http-equiv="refresh">`'s url. */
function addressesOf(element: HTMLElement): string[] {
  const out = ["href", "src", "cite"].flatMap((name) => element.getAttribute(name) ?? []);
  const refresh = element.tagName === "META" && element.getAttribute("http-equiv")?.toLowerCase() === "refresh";
  const url = refresh ? /^\s*\d+\s*;\s*url\s*=\s*(.+)/i.exec(element.getAttribute("content") ?? "")?.[1] : undefined;
  return url === undefined ? out : [...out, url.trim()];
}

/**
 * What linkinator reports over a site, found over its parsed pages: every address in a page on the site itself
 * that names no file of it (`files`, as listFiles gives them), or a fragment that is no id (or `<a name>`) of the
 * page it names. Addresses of other sites are not followed.
 */
export function brokenLinks(pages: ReadonlyMap<string, HTMLElement>, files: ReadonlySet<string>): string[] {
  const origin = "http://site.invalid";
  const targets = new Map<string, Set<string>>();
  const targetsOf = (url: string, page: HTMLElement) => {
    if (!targets.has(url)) {
      const named = page.querySelectorAll("[id], a[name]").flatMap((e) => [e.getAttribute("id"), e.tagName === "A" ? e.getAttribute("name") : undefined]);
      targets.set(url, new Set(named.filter((name) => name !== undefined)));
    }
    return targets.get(url)!;
  };
  const broken: string[] = [];
  for (const [from, page] of pages) {
    for (const address of page.querySelectorAll("[href], [src], [cite], meta[http-equiv]").flatMap(addressesOf)) {
      const target = new URL(address, `${origin}${from}`);
      if (target.origin !== origin) continue;
      const path = decodeURIComponent(target.pathname);
      const file = pageFile(path);
      if (!files.has(file)) {
        broken.push(`${address} (from ${from}): no such file`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const url = filePage(file);
      const targetPage = pages.get(url);
      if (fragment !== "" && targetPage !== undefined && !targetsOf(url, targetPage).has(fragment)) {
        broken.push(`${address} (from ${from}): no #${fragment} there`);
      }
    }
  }
  return broken;
}

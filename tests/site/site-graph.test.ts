/**
 * The in-process link check the scale test runs instead of linkinator: it
 * must find what linkinator finds over a site's own pages (a missing page, a
 * missing fragment, a script or a refresh naming nothing) and nothing else.
 */
import { parse } from "node-html-parser";
import { expect, test } from "vitest";
import { brokenLinks } from "../helpers/site-graph.ts";

const PAGES: Record<string, string> = {
  "/": `<a href="/claims/x/#verdict">x</a> <a href="/claims/x/#%E8%AF%81%E6%8D%AE">证据</a> <a href="https://elsewhere.example/nothing">out</a> <script src="/assets/site.js"></script>`,
  "/claims/x/": `<h2 id="verdict">V</h2> <h2 id="证据">E</h2> <a name="old">o</a> <a href="#old">here</a> <blockquote cite="/sources/s/">q</blockquote>`,
  "/sources/s/": `<a href="../../claims/x/?q=1">back</a>`,
  "/old/": `<meta http-equiv="refresh" content="0; url=/claims/x/">`,
};
const FILES = new Set(["index.html", "claims/x/index.html", "sources/s/index.html", "old/index.html", "assets/site.js"]);

function check(pages: Record<string, string>, files = FILES): string[] {
  return brokenLinks(new Map(Object.entries(pages).map(([url, html]) => [url, parse(html)])), files);
}

test("a site whose every address names one of its files and ids has no broken link", () => {
  expect(check(PAGES)).toEqual([]);
});

test("a missing page, fragment, script and refresh target are each reported with the page naming them", () => {
  const broken = check({
    ...PAGES,
    "/": `${PAGES["/"]} <a href="/claims/gone/">gone</a> <a href="/claims/x/#nowhere">frag</a> <script src="/assets/missing.js"></script>`,
    "/old/": `<meta http-equiv="refresh" content="0; url=/moved/">`,
  });
  expect(broken).toEqual([
    "/claims/gone/ (from /): no such file",
    "/claims/x/#nowhere (from /): no #nowhere there",
    "/assets/missing.js (from /): no such file",
    "/moved/ (from /old/): no such file",
  ]);
});

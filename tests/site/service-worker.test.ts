import { expect, test } from "vitest";
import { precachePlan } from "../../lib/site/outputs/service-worker.ts";

const files = [
  { name: "index.html", bytes: 10 },
  { name: "claims/a/index.html", bytes: 10 },
  { name: "a-z/index.html", bytes: 10 },
  { name: "assets/site.css", bytes: 10 },
  { name: "pagefind/pagefind.js", bytes: 10 },
  { name: "pagefind/pagefind.en_1.pf_meta", bytes: 10 },
  { name: "pagefind/fragment/en_2.pf_fragment", bytes: 10 },
  { name: "offline/copy.zip", bytes: 1000 },
  { name: "sw.js", bytes: 1000 },
];

test("a small site is precached whole, except the download and the worker", () => {
  const plan = precachePlan(files, 100);
  expect(plan.mode).toBe("precache-all");
  expect(plan.bytes).toBe(70);
  expect(plan.precache).not.toContain("offline/copy.zip");
  expect(plan.precache).not.toContain("sw.js");
  expect(plan.later).toEqual([]);
});

test("a large site precaches the shell, home, A–Z and Pagefind's core, and leaves the rest for later", () => {
  const plan = precachePlan(files, 50);
  expect(plan.mode).toBe("cache-on-visit");
  expect(plan.precache).toEqual([
    "index.html",
    "a-z/index.html",
    "assets/site.css",
    "pagefind/pagefind.js",
    "pagefind/pagefind.en_1.pf_meta",
  ]);
  expect(plan.later).toEqual(["claims/a/index.html", "pagefind/fragment/en_2.pf_fragment"]);
});

test("a large site precaches the Chinese home, A–Z, search, offline and not-found pages too: a Chinese reader searches offline", () => {
  const zh = ["zh-hans/index.html", "zh-hans/a-z/index.html", "zh-hans/search/index.html", "zh-hans/offline/index.html", "zh-hans/404.html"];
  const plan = precachePlan([...files, ...zh.map((name) => ({ name, bytes: 10 })), { name: "zh-hans/claims/a/index.html", bytes: 10 }], 50);
  expect(plan.precache).toEqual(expect.arrayContaining(zh));
  expect(plan.later).toContain("zh-hans/claims/a/index.html");
});

test("the list for “Save everything” is never cached: it is of use only online, and grows with the site", () => {
  const withManifest = [...files, { name: "offline.json", bytes: 30 }];
  for (const limit of [1000, 50]) {
    const plan = precachePlan(withManifest, limit);
    expect([...plan.precache, ...plan.later]).not.toContain("offline.json");
  }
});

test("pages of long lists are cached like any page: all at once on a small site, else listed for “Save everything”", () => {
  const paged = [...files, { name: "a-z/2/index.html", bytes: 10 }, { name: "topics/t/3/index.html", bytes: 10 }, { name: "sources/s/cited-by/2/index.html", bytes: 10 }];
  const pages = ["a-z/2/index.html", "topics/t/3/index.html", "sources/s/cited-by/2/index.html"];
  expect(precachePlan(paged, 1000).precache).toEqual(expect.arrayContaining(pages));
  const large = precachePlan(paged, 50);
  expect(large.later).toEqual(expect.arrayContaining(pages));
  expect(large.precache).toContain("a-z/index.html");
});

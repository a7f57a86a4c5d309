// The search page: results with verdict and summary, filters, and "Did you mean"
// when nothing matches. Pagefind loads on focus, or at once when the page was
// opened with ?q= (the header form's search).
import { searchEngine } from "./search-engine.js";
import { closest } from "./closest.js";

const SHOWN = 20;
const FILTER_NAMES = { verdict: "Verdict", topic: "Topic", kind: "Source kind" };
const form = document.querySelector(".search-form");
const input = document.getElementById("_search");
const status = document.getElementById("_search-status");
const list = document.getElementById("_search-results");
const filterBox = document.getElementById("_search-filters");
const chosen = {};
let filtersShown = false;
let latest = 0;

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function verdictBadge(id, label) {
  const badge = element("span", { className: `verdict verdict--${id}` });
  badge.append(element("span", { className: "verdict__mark" }), element("span", { className: "visually-hidden", textContent: "Verdict: " }), label);
  badge.firstChild.setAttribute("aria-hidden", "true");
  return badge;
}

// Pagefind escapes excerpts before adding <mark>, so they are safe as HTML.
function excerpt(html, className) {
  const p = element("p", { className });
  p.innerHTML = html;
  return p;
}

function resultItem(data) {
  const item = element("li", { className: "result" });
  item.append(element("a", { className: "result__title", href: data.url, textContent: data.meta.title ?? data.url }));
  if (data.meta.verdictId) {
    item.append(element("p", { className: "result__verdict" }, verdictBadge(data.meta.verdictId, data.meta.verdict)));
    item.append(element("p", { className: "result__summary", textContent: data.meta.summary ?? "" }));
    return item;
  }
  item.append(element("p", { className: "result__kind", textContent: "Source" }));
  // A source page answers with the excerpts that matched, each linking to its anchor.
  const excerpts = data.sub_results.filter((s) => s.url.includes("#")).slice(0, 3);
  if (excerpts.length === 0) item.append(excerpt(data.excerpt, "result__excerpt"));
  else {
    const ul = element("ul", { className: "result__excerpts" });
    for (const sub of excerpts) {
      ul.append(element("li", {}, element("a", { href: sub.url, textContent: sub.title }), excerpt(sub.excerpt, "result__excerpt")));
    }
    item.append(ul);
  }
  return item;
}

/** Queries built from the closest known terms, for each word that is not one. */
function corrections(query, terms) {
  const known = new Set(terms);
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const options = words.map((w) => (known.has(w) || w.length < 4 ? [w] : closest(w, terms)));
  const first = options.findIndex((o, i) => o[0] !== words[i]);
  if (first === -1) return [];
  return options[first].map((alternative) =>
    words.map((w, i) => (i === first ? alternative : options[i][0] ?? w)).join(" "),
  );
}

async function suggest(query, pagefind, aids, run) {
  const found = [];
  for (const candidate of corrections(query, aids.terms)) {
    if ((await pagefind.search(candidate)).results.length > 0) found.push(candidate);
  }
  if (run !== latest || found.length === 0) return;
  const p = element("p", { className: "did-you-mean" }, "Did you mean ");
  found.forEach((q, i) => {
    const link = element("a", { href: `?q=${encodeURIComponent(q)}`, textContent: q });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.value = q;
      search(q);
    });
    p.append(i === 0 ? "" : i === found.length - 1 ? " or " : ", ", link);
  });
  p.append("?");
  list.replaceChildren(element("li", { className: "result result--none" }, p));
}

async function showFilters(pagefind, aids) {
  if (filtersShown) return;
  filtersShown = true;
  const available = await pagefind.filters();
  // Folded on narrow screens, so the results stay in view.
  const details = element("details", { className: "filters", open: matchMedia("(min-width: 50rem)").matches });
  details.append(element("summary", { textContent: "Filter results" }));
  for (const [name, label] of Object.entries(FILTER_NAMES)) {
    const values = Object.keys(available[name] ?? {}).sort();
    // Verdicts in the order of the scale, not the alphabet.
    if (name === "verdict") values.sort((a, b) => aids.verdicts.indexOf(a) - aids.verdicts.indexOf(b));
    if (values.length === 0) continue;
    const set = element("fieldset", { className: "filter" }, element("legend", { textContent: label }));
    for (const value of values) {
      const box = element("input", { type: "checkbox", value });
      box.addEventListener("change", () => {
        const current = new Set(chosen[name] ?? []);
        if (box.checked) current.add(value);
        else current.delete(value);
        if (current.size) chosen[name] = [...current];
        else delete chosen[name];
        search(input.value);
      });
      set.append(element("label", { className: "filter__option" }, box, ` ${value}`));
    }
    details.append(set);
  }
  filterBox.append(details);
}

// Chinese readers type whole questions (中国人都有社会信用分吗) whose every word no
// page holds (Pagefind answers only pages with all of them): when such a query finds
// nothing, its words of two or more characters, split by the browser's own word
// segmenter (particles such as 吗 drop out), are searched one by one, and pages are
// ranked by how many of the words they hold, then by Pagefind's scores.
const chineseSegmenter = document.documentElement.lang.startsWith("zh") && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : undefined;
function chineseWords(query) {
  if (!chineseSegmenter) return undefined;
  const words = [...chineseSegmenter.segment(query)].filter((s) => s.isWordLike && [...s.segment].length >= 2).map((s) => s.segment);
  return words.length > 1 ? words : undefined;
}

async function anyWords(pagefind, words, filters) {
  const pages = new Map();
  for (const word of words) {
    for (const result of (await pagefind.search(word, { filters })).results) {
      const page = pages.get(result.id) ?? { result, words: 0, score: 0 };
      page.words += 1;
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  const ranked = [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score);
  return { results: ranked.map((p) => p.result) };
}

// A page in another language gives its own wording on the status element (data-none, data-found, data-found-some).
function statusText(count, query) {
  const words = status.dataset;
  const fill = (text) => text.replaceAll("{q}", query).replaceAll("{n}", String(count)).replaceAll("{shown}", String(SHOWN));
  if (words.none !== undefined) return fill(count === 0 ? words.none : count > SHOWN ? words.foundSome : words.found);
  if (count === 0) return `No results for “${query}”.`;
  return `${count} result${count === 1 ? "" : "s"} for “${query}”${count > SHOWN ? `, the first ${SHOWN} shown` : ""}.`;
}

async function search(query) {
  const run = ++latest;
  const trimmed = query.trim();
  const url = new URL(location.href);
  if (trimmed) url.searchParams.set("q", trimmed);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!trimmed) {
    status.textContent = "";
    list.replaceChildren();
    return;
  }
  const { pagefind, aids } = await searchEngine();
  // Filters first, in the same frame as the results, so nothing moves once results are shown.
  await showFilters(pagefind, aids);
  let found = await pagefind.search(trimmed, { filters: chosen });
  const words = found.results.length === 0 ? chineseWords(trimmed) : undefined;
  if (words) found = await anyWords(pagefind, words, chosen);
  if (run !== latest) return;
  const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
  if (run !== latest) return;
  const count = found.results.length;
  status.textContent = statusText(count, trimmed);
  list.replaceChildren(...data.map(resultItem));
  if (count === 0) suggest(trimmed, pagefind, aids, run);
}

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => search(input.value), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  search(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial);
}

// The search page: results with verdict and summary, filters, the closest matches
// when no page has every word, "Did you mean" when a word is in no page, and ways
// on when nothing matches. Pagefind loads on focus, or at once when the page was
// opened with ?q= (the header form's search).
import { closest } from "./closest.js";
import { forgetSearchEngine, searchEngine, searchTerms } from "./search-engine.js";
import { findMatches, lacking, searchesOnce, someHoldsAll } from "./search-match.js";
import { queryWords } from "./search-words.js";

// Results shown at first, and added by each "Show more": a result's page data
// (a fragment of Pagefind's) is fetched only when the result is shown. The first
// are also those findMatches ranks again on their own phrasing.
const SHOWN = 10;
// The page's words for what this script writes, in its language (SEARCH_SCRIPT_TEXT in lib/render/interface-text.ts).
const TEXT = JSON.parse(document.getElementById("_search-text").textContent);
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
const quotedList = (words) => words.map((w) => fill(TEXT.quoted, { w })).join(TEXT.listSeparator);
const form = document.querySelector(".search-form");
const input = document.getElementById("_search");
const status = document.getElementById("_search-status");
const notes = document.getElementById("_search-notes");
const list = document.getElementById("_search-results");
const filterBox = document.getElementById("_search-filters");
const waysOn = document.getElementById("_search-ways-on");
const suggestClaim = document.getElementById("_search-suggest");
const suggestItem = suggestClaim.closest("li");
const moreButton = element("button", { type: "button", className: "search-ui__more", textContent: TEXT.more, hidden: true });
list.after(moreButton);
const chosen = {};
let filtersShown = false;
let latest = 0;
/** Shows the current query's next results. */
let showMore = () => {};
moreButton.addEventListener("click", () => showMore());

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function verdictBadge(id, label) {
  const badge = element("span", { className: `verdict verdict--${id}` });
  badge.append(element("span", { className: "verdict__mark" }), element("span", { className: "visually-hidden", textContent: TEXT.verdict }), label);
  badge.firstChild.setAttribute("aria-hidden", "true");
  return badge;
}

// Pagefind escapes excerpts before adding <mark>, so they are safe as HTML.
function excerpt(html, className) {
  const p = element("p", { className });
  p.innerHTML = html;
  return p;
}

function resultItem(data, missing) {
  const item = element("li", { className: "result" });
  item.append(element("a", { className: "result__title", href: data.url, textContent: data.meta.title ?? data.url }));
  if (data.meta.verdictId) {
    item.append(element("p", { className: "result__verdict" }, verdictBadge(data.meta.verdictId, data.meta.verdict)));
    item.append(element("p", { className: "result__summary", textContent: data.meta.summary ?? "" }));
  } else {
    item.append(element("p", { className: "result__kind", textContent: TEXT.source }));
    // A source page answers with the excerpts that matched, each linking to its anchor. The quote
    // itself is the link: its heading is only its first words, which would read twice.
    const excerpts = data.sub_results.filter((s) => s.url.includes("#")).slice(0, 3);
    if (excerpts.length === 0) item.append(excerpt(data.excerpt, "result__excerpt"));
    else {
      const ul = element("ul", { className: "result__excerpts" });
      for (const sub of excerpts) {
        ul.append(element("li", {}, element("a", { href: sub.url }, excerpt(sub.excerpt, "result__excerpt"))));
      }
      item.append(ul);
    }
  }
  if (missing.length > 0) item.append(element("p", { className: "result__missing", textContent: fill(TEXT.without, { words: missing.join(TEXT.listSeparator) }) }));
  return item;
}

/** Queries with each mistyped word replaced by the closest known terms, first word's alternatives first. */
function corrections(query, mistyped, terms) {
  const options = new Map(mistyped.filter((w) => w.length >= 4 && !/\p{Script=Han}/u.test(w)).map((w) => [w, closest(w, terms)]));
  const [first, alternatives] = [...options].find(([, found]) => found.length > 0) ?? [];
  if (!first) return [];
  const replace = (text, word, by) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "iu"), by);
  let rest = query;
  for (const [word, found] of options) if (word !== first && found.length > 0) rest = replace(rest, word, found[0]);
  return alternatives.map((alternative) => replace(rest, first, alternative));
}

/** The corrections of `query` that find something, as "Did you mean" links; `searchOnce` runs the query's own searches. */
async function didYouMean(query, mistyped, searchOnce) {
  // A word's closest known term may be itself ("credit" when a filter or phrase left no result): the query is never offered back.
  const candidates = corrections(query, mistyped, await searchTerms()).filter((c) => c.toLowerCase() !== query.toLowerCase());
  const finds = await Promise.all(candidates.map((c) => queryWords(c).words).map((words) => words.length > 0 && someHoldsAll(searchOnce, words)));
  const found = candidates.filter((_, i) => finds[i]);
  if (found.length === 0) return undefined;
  const p = element("p", { className: "did-you-mean" }, TEXT.didYouMean);
  found.forEach((q, i) => {
    const link = element("a", { href: `?q=${encodeURIComponent(q)}`, textContent: q });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.value = q;
      search(q);
    });
    p.append(i === 0 ? "" : i === found.length - 1 ? TEXT.or : TEXT.listSeparator, link);
  });
  p.append(TEXT.didYouMeanEnd);
  return p;
}

/** The filters, from the build's list of values: Pagefind loads a filter's index only once it is used. */
function showFilters(aids) {
  if (filtersShown) return;
  filtersShown = true;
  // Folded on narrow screens, so the results stay in view.
  const details = element("details", { className: "filters", open: matchMedia("(min-width: 50rem)").matches });
  details.append(element("summary", { textContent: TEXT.filters }));
  for (const [name, label] of Object.entries(TEXT.filterNames)) {
    const values = aids.filters[TEXT.language]?.[name] ?? [];
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

/**
 * Shows everything at once, so nothing moves after the results appear. The other ways to a claim show when
 * nothing was found (`none`) or the search could not run (`failed`); "Suggest this as a claim" only when nothing
 * was found: after a failure, whether the site has the claim is unknown.
 */
function show(text, noteNodes, items, { none = false, failed = false, more = false } = {}) {
  status.textContent = text;
  notes.replaceChildren(...noteNodes);
  list.replaceChildren(...items);
  waysOn.hidden = !none && !failed;
  suggestItem.hidden = failed;
  moreButton.hidden = !more;
  list.setAttribute("aria-busy", "false");
}

/**
 * The pages answering `trimmed`, ranked, with the first results' data and any "Did you mean"; undefined once
 * `stale()` (a newer query was typed); rejects if a file of the index or a result's data does not load.
 */
async function answer(trimmed, stale) {
  const { pagefind, aids } = await searchEngine();
  const parsed = queryWords(trimmed);
  const searchOnce = searchesOnce(pagefind);
  const { matches, every, unknown, unchecked } = await findMatches(searchOnce, parsed, chosen, SHOWN, aids.common[TEXT.language]);
  // The results are shown in a task of their own, after the ranking's: on a slow phone, two shorter waits for a
  // tap or a keystroke instead of one long one.
  await new Promise((resolve) => setTimeout(resolve));
  if (stale()) return undefined;
  const shown = matches.slice(0, SHOWN);
  const data = await Promise.all(shown.map((m) => m.data ?? m.result.data()));
  // "Did you mean" is a help, not the answer: without its word list (offline), the results come without it.
  const hint = unknown.length > 0 || matches.length === 0 ? await didYouMean(trimmed, unknown.length > 0 ? unknown : parsed.words, searchOnce).catch(() => undefined) : undefined;
  return { aids, parsed, matches, every, unknown, unchecked, shown, data, hint };
}

async function search(query) {
  const run = ++latest;
  const trimmed = query.trim();
  const url = new URL(location.href);
  if (trimmed) url.searchParams.set("q", trimmed);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!trimmed) {
    show("", [], []);
    return;
  }
  list.setAttribute("aria-busy", "true");
  suggestClaim.href = `${suggestClaim.dataset.base}&claim=${encodeURIComponent(trimmed)}`;
  let found;
  try {
    found = await answer(trimmed, () => run !== latest);
  } catch {
    // A file the search needed did not load (offline before it was saved; or a site with nothing indexed yet):
    // say so, with the ways on, never a blank page; the next search starts Pagefind afresh.
    await forgetSearchEngine();
    if (run === latest) show(fill(TEXT.failed, { q: trimmed }), [], [], { failed: true });
    return;
  }
  if (found === undefined || run !== latest) return;
  const { aids, parsed, matches, every, unknown, unchecked, shown, data, hint } = found;
  const count = matches.length;
  const said = (shownCount) => fill(count === 0 ? TEXT.none : count === 1 ? TEXT.one : count > shownCount ? TEXT.manyShown : TEXT.many, { q: trimmed, n: count, shown: shownCount });
  const noteNodes = [];
  if (hint) noteNodes.push(hint);
  if (unknown.length > 0) noteNodes.push(element("p", { textContent: fill(unknown.length === 1 ? TEXT.unknownOne : TEXT.unknownMany, { words: quotedList(unknown) }) }));
  if (parsed.ignored.length > 0 && count > 0) {
    noteNodes.push(element("p", { className: "search-ui__ignored", textContent: fill(TEXT.ignored, { words: parsed.ignored.join(TEXT.listSeparator) }) }));
  }
  if (count > 0 && !every) noteNodes.push(element("p", { className: "search-ui__partial", textContent: TEXT.partial }));
  // The filters in the same task as the first results, so the layout changes once.
  showFilters(aids);
  show(
    said(shown.length),
    noteNodes,
    data.map((d, i) => resultItem(d, [...shown[i].missing, ...lacking(d, unchecked)])),
    { none: count === 0, more: count > shown.length },
  );
  let next = shown.length;
  showMore = async () => {
    const more = matches.slice(next, next + SHOWN);
    moreButton.disabled = true;
    // Settled, never rejected: a fragment that fails must not leave the button disabled.
    const settled = await Promise.allSettled(more.map((m) => m.data ?? m.result.data()));
    moreButton.disabled = false;
    if (run !== latest) return;
    // The results up to the first that did not load (offline, its fragment not cached), in order; the button tries the rest again.
    const failed = settled.findIndex((s) => s.status === "rejected");
    const loaded = failed === -1 ? settled : settled.slice(0, failed);
    const items = loaded.map((s, i) => resultItem(s.value, [...more[i].missing, ...lacking(s.value, unchecked)]));
    list.append(...items);
    next += items.length;
    moreButton.hidden = next >= count;
    if (failed === -1) {
      status.textContent = said(next);
      // On to the first new result, where reading goes on.
      items[0]?.querySelector("a")?.focus();
    } else {
      status.textContent = `${said(next)} ${TEXT.moreFailed}`;
      moreButton.focus();
    }
  };
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

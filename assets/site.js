// Enhancements for every page; nothing here is needed to read the site.
import { searchEngine } from "./search-engine.js";

// Search code (Pagefind's script, wasm and index) loads only once a reader focuses a search box
// (the search pages fetch Pagefind's script ahead, without running it).
document.addEventListener("focusin", (event) => {
  // A failure to load is the search's to report, when one runs.
  if (event.target instanceof HTMLInputElement && event.target.hasAttribute("data-search-box")) searchEngine().catch(() => undefined);
});

const root = new URL("../", import.meta.url);

if ("serviceWorker" in navigator && document.documentElement.dataset.serviceWorker === "off") {
  // The dev server has no worker: one a production build left on this origin would answer reloads from its
  // cache and hide each edit. Remove it, and reload once so this page is no longer under its control.
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  if (registrations.length > 0 && navigator.serviceWorker.controller) location.reload();
} else if ("serviceWorker" in navigator) {
  // A page already controlled by an older worker reloads once when a rebuilt site's worker takes over,
  // so page text and search index always come from the same build.
  if (navigator.serviceWorker.controller) {
    let reloading = false;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (!reloading) {
        reloading = true;
        location.reload();
      }
    });
  }
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname }).catch(() => {
    // No worker (e.g. the downloaded copy): the site still works online.
  });
}

// "Save everything for offline": only offered when the site is too large to precache on the first visit.
const save = document.getElementById("_offline-save");
if (save && "caches" in window) {
  const manifest = await fetch(new URL("offline.json", root)).then((r) => r.json()).catch(() => undefined);
  if (manifest?.mode === "cache-on-visit") {
    const button = document.getElementById("_offline-save-button");
    const status = document.getElementById("_offline-save-status");
    // The words, in the page's language, from the page (lib/render/interface-text.ts OFFLINE_SCRIPT_TEXT).
    const text = JSON.parse(document.getElementById("_offline-text").textContent);
    const fill = (words, values) => words.replace(/\{(\w+)\}/g, (_, name) => values[name]);
    button.textContent = fill(text.save, { size: (manifest.bytes / 1e6).toFixed(1) });
    save.hidden = false;
    button.addEventListener("click", async () => {
      button.disabled = true;
      let done = 0;
      for (const { url, cache } of manifest.later) {
        const store = await caches.open(cache);
        if (!(await store.match(url))) await store.add(url).catch(() => undefined);
        done += 1;
        if (done % 25 === 0 || done === manifest.later.length) status.textContent = fill(text.saved, { done, total: manifest.later.length });
      }
      status.textContent = text.done;
    });
  }
}

// Progressive enhancement for citations: a "Copy" button after each citation or embed code,
// and a linked citation opens. Without JavaScript the text stays selectable and expandable.
if (navigator.clipboard) {
  for (const block of document.querySelectorAll("[data-copy]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    const status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(block.textContent.trim());
        status.textContent = "Copied";
      } catch {
        status.textContent = "Copy failed: select the text instead";
      }
    });
    block.after(button, status);
  }
}

// A link to a collapsed citation (e.g. "Cite this excerpt" from a claim page) opens it.
function openTarget() {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}
openTarget();
window.addEventListener("hashchange", openTarget);

// Progressive enhancement: a "Copy" button after each citation or embed code.
// Without JavaScript (or without the Clipboard API) the text stays selectable.
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

// Runs the query from ?q= (the header search form) once Pagefind's components are ready.
const query = new URLSearchParams(location.search).get("q");
if (query) {
  customElements.whenDefined("pagefind-input").then(() => {
    const instance = window.PagefindComponents.getInstanceManager().getInstance("default");
    instance.triggerSearch(query);
  });
}

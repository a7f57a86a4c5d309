// A meta refresh drops the fragment, so an old link to an excerpt (#its-id) or a revision would
// land at the top of the new page; this carries it over. Without JavaScript the refresh still moves.
const target = document.querySelector("a[data-redirect]");
if (target) location.replace(target.href.split("#")[0] + location.hash);

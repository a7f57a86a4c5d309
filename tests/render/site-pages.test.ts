/** The fixed pages: written where urls says, with their head metadata from the model. */
import { beforeAll, expect, test } from "vitest";
import { urls } from "../../lib/render/urls.ts";
import { renderPage, testSite, type TestSite } from "../helpers/render-page.ts";

let site: TestSite;
beforeAll(async () => {
  site = await testSite();
});

const cases = [
  ["index.njk", urls.home(), "<title>Fact &amp; Check</title>"],
  ["about.njk", urls.about(), "<title>About — Fact &amp; Check</title>"],
  ["methodology.njk", urls.methodology(), "<title>Methodology — Fact &amp; Check</title>"],
  ["offline.njk", urls.offline(), "<title>Read offline — Fact &amp; Check</title>"],
  ["search.njk", urls.search(), "<title>Search — Fact &amp; Check</title>"],
  ["404.njk", urls.notFound(), "<title>Page not found — Fact &amp; Check</title>"],
] as const;

for (const [template, path, title] of cases) {
  test(`${template} is written at ${path}`, () => {
    const { html, permalink } = renderPage(template, site.globals);
    expect(permalink).toBe(path);
    expect(html).toContain(title);
    expect(html).toContain(`<link rel="canonical" href="https://example.org/fc${path}">`);
  });
}

test("a page without its own title or description uses the site's, escaped once", () => {
  const { html } = renderPage("index.njk", site.globals);
  expect(html).toContain('<meta property="og:title" content="Fact &amp; Check">');
  expect(html).toContain('<meta name="description" content="What&#39;s true, quoted.">');
  expect(html).toContain('<meta property="og:type" content="website">');
  expect(renderPage("search.njk", site.globals).html).toContain('<meta name="description" content="What&#39;s true, quoted.">');
});

test("the offline page links the download under the prefix", () => {
  const { html } = renderPage("offline.njk", site.globals);
  expect(html).toContain(`<a href="/fc/offline/${site.model.offlineCopy.fileName}" download>`);
});

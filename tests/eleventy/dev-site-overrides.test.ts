/** The dev server's pages link to the server itself, unless the environment names another address. */
import { expect, test } from "vitest";
import { devSiteOverrides } from "../../lib/eleventy/dev-content.ts";

const cases: [string, Record<string, string>, string[], string][] = [
  ["Eleventy's default port", {}, ["--serve"], "http://localhost:8080"],
  ["--port=N", {}, ["--serve", "--port=8090"], "http://localhost:8090"],
  ["--port N", {}, ["--serve", "--port", "8091"], "http://localhost:8091"],
  ["--port=0 (the system picks; the default stands in)", {}, ["--port=0"], "http://localhost:8080"],
  ["SITE_URL", { SITE_URL: "https://preview.example.net" }, ["--port=8090"], "https://preview.example.net"],
];
for (const [name, env, args, url] of cases) {
  test(name, () => expect(devSiteOverrides(env, args).url).toBe(url));
}

test("the other overrides pass through", () => {
  expect(devSiteOverrides({ PATH_PREFIX: "/fc/", REPOSITORY_URL: "https://github.com/o/r" }, [])).toEqual({
    url: "http://localhost:8080",
    pathPrefix: "/fc/",
    repository: "https://github.com/o/r",
  });
});

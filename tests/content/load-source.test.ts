/**
 * The source file loader on its own: bytes in, a checked source and what
 * claims may cite from it out. No folder, no other file, no build.
 */
import { describe, expect, test } from "vitest";
import { loadSourceFile } from "../../lib/content/load-source.ts";
import { VALID_SOURCE } from "../helpers/content-dir.ts";

const TODAY = "2026-11-26";
const bytes = (text: string) => new TextEncoder().encode(text);
const load = (text: string, file = "sources/a-source.md") => loadSourceFile({ file, bytes: bytes(text) }, TODAY);

describe("loadSourceFile", () => {
  test("a valid source: its excerpts with refs, where each is written, and what claims may cite", () => {
    const { value, diagnostics } = load(VALID_SOURCE);
    expect(diagnostics).toEqual([]);
    expect(value.id).toBe("a-source");
    expect(value.source?.excerpts.map((e) => e.ref)).toEqual(["a-source#first-passage", "a-source#second-passage"]);
    expect(Object.isFrozen(value.source)).toBe(true);
    expect(value.citable).toEqual({ excerptIds: new Set(["first-passage", "second-passage"]), loaded: true });
    expect(value.positions.get("a-source#second-passage")).toEqual({ line: 13, column: 11 });
  });

  test("an invalid source is reported, and claims may still cite its excerpts as written", () => {
    const { value, diagnostics } = load(VALID_SOURCE.replace("kind: news", "kind: blog"));
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["8 invalid-value"]);
    expect(value.source).toBeUndefined();
    expect(value.citable).toEqual({ excerptIds: new Set(["first-passage", "second-passage"]), loaded: false });
  });

  test("a source whose front matter cannot be read is citable by name, with its excerpts unknown", () => {
    const { value, diagnostics } = load("no front matter\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["front-matter-missing"]);
    expect(value.citable).toEqual({ excerptIds: undefined, loaded: false });
  });

  test("a file whose name is not an id is checked but neither published nor citable", () => {
    const { value, diagnostics } = load(VALID_SOURCE, "sources/A Source.md");
    expect(diagnostics.map((d) => [d.code, d.hint])).toEqual([["file-name", "rename it to `sources/a-source.md`"]]);
    expect(value.source).toBeUndefined();
    expect(value.citable).toBeUndefined();
  });

  test("a year-only `published` written as a number is the year; a future date is an error", () => {
    expect(load(VALID_SOURCE.replace('published: "2018-10-23"', "published: 2018")).value.source?.published).toBe("2018");
    expect(load(VALID_SOURCE.replace('"2018-10-23"', '"2027-01-01"')).diagnostics.map((d) => d.code)).toEqual(["future-date"]);
  });

  test("two excerpts with one id are reported at the second", () => {
    const { diagnostics } = load(VALID_SOURCE.replace("id: second-passage", "id: first-passage"));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["12:9 duplicate-id"]);
  });

  test("the context paragraph is rendered, and what will not render as written is reported", () => {
    const { value, diagnostics } = load(`${VALID_SOURCE}Some *context* and <b>tags</b>.\n`);
    expect(value.source?.bodyHtml).toBe("<p>Some <em>context</em> and &lt;b&gt;tags&lt;/b&gt;.</p>\n");
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["15 raw-html"]);
  });
});

/** Robust Links: the snapshot's date read from the archive's address, and the attributes each link carries. */
import { expect, test } from "vitest";
import { originalLink, snapshotDate, snapshotLink } from "../../lib/render/robust-links.ts";

const dates: Record<string, string | undefined> = {
  "https://web.archive.org/web/20181123101010/https://technode.com/a": "2018-11-23",
  "https://web.archive.org/web/20181123101010id_/https://technode.com/a": "2018-11-23",
  "https://web.archive.org/web/2018/https://technode.com/a": undefined,
  "https://archive.ph/2018.11.23-101010/https://technode.com/a": "2018-11-23",
  "https://archive.ph/r7cov": undefined,
  "https://archive.example.org/2018/https://example.com/article": undefined,
};
for (const [url, date] of Object.entries(dates)) {
  test(`the capture date of ${url}`, () => expect(snapshotDate(url)).toBe(date));
}

const SNAPSHOT = "https://web.archive.org/web/20181123101010/https://technode.com/a";

test("a link into the original carries the original, the snapshot and its date", () => {
  expect(originalLink("https://technode.com/a#:~:text=x", "https://technode.com/a", SNAPSHOT)).toEqual({
    href: "https://technode.com/a#:~:text=x",
    originalUrl: "https://technode.com/a",
    versionUrl: SNAPSHOT,
    versionDate: "2018-11-23",
  });
});

test("without a snapshot a link is a plain link", () => {
  expect(originalLink("https://technode.com/a", "https://technode.com/a", undefined)).toEqual({ href: "https://technode.com/a" });
});

test("the link to the snapshot names the original it preserves", () => {
  expect(snapshotLink(SNAPSHOT, "https://technode.com/a")).toEqual({ href: SNAPSHOT, originalUrl: "https://technode.com/a", versionDate: "2018-11-23" });
});

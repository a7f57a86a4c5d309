/** Splitting lists into numbered pages: no empty page, neighbours linked, every page one click from the first. */
import { describe, expect, test } from "vitest";
import { listStatus, paginate, pagedTitle } from "../../lib/render/pagination.ts";

const href = (n: number) => (n === 1 ? "/x/" : `/x/${n}/`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("paginate", () => {
  const sizes: [items: number, perPage: number, pages: number[]][] = [
    [0, 3, [0]],
    [1, 3, [1]],
    [3, 3, [3]],
    [4, 3, [3, 1]],
    [6, 3, [3, 3]],
    [7, 2, [2, 2, 2, 1]],
  ];
  for (const [items, perPage, pages] of sizes) {
    test(`${items} items at ${perPage} a page fill pages of ${pages.join(", ")}`, () => {
      const slices = paginate(range(items), perPage, href);
      expect(slices.map((s) => s.items.length)).toEqual(pages);
      expect(slices.flatMap((s) => s.items)).toEqual(range(items));
      expect(slices.map((s) => s.nav.number)).toEqual(range(pages.length));
      expect(slices.every((s) => s.nav.count === pages.length && s.total === items)).toBe(true);
    });
  }

  test("prev and next link the neighbours; the ends have none", () => {
    const slices = paginate(range(5), 2, href);
    expect(slices.map((s) => [s.nav.prev, s.nav.next])).toEqual([
      [undefined, "/x/2/"],
      ["/x/", "/x/3/"],
      ["/x/2/", undefined],
    ]);
    expect(slices.map((s) => s.from)).toEqual([1, 3, 5]);
  });

  test("the first page links every page; a later one its neighbours, the ends and the first page's list", () => {
    const slices = paginate(range(40), 1, href);
    expect(slices[0]!.nav.pages.map((p) => p.number)).toEqual(range(40));
    expect(slices[0]!.nav.allPages).toBeUndefined();
    const tenth = slices[9]!.nav;
    expect(tenth.pages.map((p) => [p.number, p.gapBefore, p.current])).toEqual([
      [1, false, false],
      [8, true, false],
      [9, false, false],
      [10, false, true],
      [11, false, false],
      [12, false, false],
      [40, true, false],
    ]);
    expect(tenth.allPages).toBe("/x/#_pages");
    expect(tenth.label).toBe("Page 10 of 40");
    // Links grow with the number of pages once, on the first page, not on every page.
    const links = slices.reduce((n, s) => n + s.nav.pages.length, 0);
    expect(links).toBeLessThan(40 + 39 * 7);
  });

  test("a short list shows every page on every page", () => {
    const nav = paginate(range(5), 1, href)[2]!.nav;
    expect(nav.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(nav.allPages).toBeUndefined();
  });

  test("refuses a page size that is not a positive whole number", () => {
    expect(() => paginate([1], 0, href)).toThrow(/0 items per page/);
    expect(() => paginate([1], 1.5, href)).toThrow(/1.5 items per page/);
  });
});

test("titles and status lines name the page only when there are several", () => {
  const [one] = paginate(range(3), 5, href);
  const [, second] = paginate(range(1234), 50, href);
  expect(pagedTitle("Courts", one!.nav)).toBe("Courts");
  expect(pagedTitle("Courts", second!.nav)).toBe("Courts (page 2 of 25)");
  expect(listStatus(one!, "claim")).toBe("3 claims");
  expect(listStatus(second!, "claim")).toBe("1,234 claims. Page 2 of 25 shows 51–100.");
  expect(listStatus(paginate([1], 5, href)[0]!, "correction")).toBe("1 correction");
});

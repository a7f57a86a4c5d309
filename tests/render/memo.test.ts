/** memoisedByJson: one computation per distinct argument, and a bounded memory. */
import { describe, expect, test } from "vitest";
import { memoisedByJson } from "../../lib/render/memo.ts";

describe("memoisedByJson", () => {
  test("computes once for equal arguments, even as different objects", () => {
    const calls: unknown[] = [];
    const twice = memoisedByJson((record: { id: string; n: number }) => {
      calls.push(record);
      return { doubled: record.n * 2 };
    });
    const first = twice({ id: "a", n: 1 });
    expect(twice({ id: "a", n: 1 })).toBe(first);
    expect(twice({ id: "a", n: 2 })).toEqual({ doubled: 4 });
    expect(calls).toHaveLength(2);
  });

  test("forgets everything when full, then computes again", () => {
    let calls = 0;
    const id = memoisedByJson((n: number) => {
      calls += 1;
      return n;
    }, 2);
    for (const n of [1, 2, 3, 1]) id(n);
    expect(calls).toBe(4);
    id(1);
    expect(calls).toBe(4);
  });
});

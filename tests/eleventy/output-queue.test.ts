/** The dev server's background outputs: one run at a time, in order, failures reported. */
import { describe, expect, test } from "vitest";
import { OutputQueue } from "../../lib/eleventy/output-queue.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("OutputQueue", () => {
  test("runs one build's outputs at a time, in the order started, and idle() waits for them", async () => {
    const queue = new OutputQueue();
    const events: string[] = [];
    const run = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
    };
    queue.start(run("a"), () => {});
    queue.start(run("b"), () => {});
    expect(events).toEqual([]);
    await queue.idle();
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
  });

  test("reports a failure and goes on with the next run", async () => {
    const queue = new OutputQueue();
    const reported: unknown[] = [];
    let ran = false;
    queue.start(async () => {
      throw new Error("Pagefind failed");
    }, (error) => reported.push(error));
    queue.start(async () => {
      ran = true;
    }, (error) => reported.push(error));
    await queue.idle();
    expect(reported.map((e) => (e as Error).message)).toEqual(["Pagefind failed"]);
    expect(ran).toBe(true);
  });
});

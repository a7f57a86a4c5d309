/**
 * The build's progress display: plain lines, one per finished stage, when it
 * is not on a terminal or runs in CI; a live line redrawn with escape codes
 * only on a terminal.
 */
import { expect, test } from "vitest";
import { buildDisplay, interactive } from "../../lib/cli/progress.ts";

function stream(isTTY: boolean) {
  let text = "";
  return { isTTY, columns: 80, write: (chunk: string) => (text += chunk), text: () => text };
}

function runStages(display: ReturnType<typeof buildDisplay>): void {
  display.onStage("start", "check");
  display.onStage("end", "check");
  display.onStage("start", "eleventy");
  for (let i = 1; i <= 3; i++) display.onProgress("rendering claims", i * 1000, 3000);
  display.log("Built 3,000 claims.");
  display.onStage("end", "eleventy");
  display.close();
}

const ESCAPE = String.fromCharCode(27);

test("without a terminal: plain stage lines with the last count, no escape codes", () => {
  const out = stream(false);
  runStages(buildDisplay(out, interactive(out, false, {})));
  expect(out.text()).not.toContain(ESCAPE);
  expect(out.text().split("\n")).toEqual([
    expect.stringMatching(/^check: \d+\.\d s$/),
    "Built 3,000 claims.",
    expect.stringMatching(/^eleventy \(rendering claims 3,000\/3,000\): \d+\.\d s$/),
    "",
  ]);
});

test("in CI, even on a terminal: plain lines", () => {
  const out = stream(true);
  expect(interactive(out, true, { CI: "true" })).toBe(false);
  runStages(buildDisplay(out, interactive(out, true, { CI: "true" })));
  expect(out.text()).not.toContain(ESCAPE);
});

test("on a terminal: the live line is redrawn in place", () => {
  const out = stream(true);
  expect(interactive(out, true, {})).toBe(true);
  runStages(buildDisplay(out, true));
  expect(out.text()).toContain(ESCAPE);
  expect(out.text()).toContain("eleventy · ");
});

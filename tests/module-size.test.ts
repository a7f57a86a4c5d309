/**
 * No file under lib/ grows past 250 lines: past that a module is doing more
 * than one job, and is split along its seams (each folder's README says what
 * lives there). A failure names each file and its count, as `wc -l` gives it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const MAX_LINES = 250;

/** Lines as `wc -l` counts them: newlines, plus a last line without one. */
function lineCount(text: string): number {
  const newlines = text.split("\n").length - 1;
  return text === "" || text.endsWith("\n") ? newlines : newlines + 1;
}

test(`no file under lib/ is over ${MAX_LINES} lines`, () => {
  const files = readdirSync("lib", { recursive: true, encoding: "utf8" })
    .map((name) => path.posix.join("lib", name.split(path.sep).join("/")))
    .filter((file) => statSync(file).isFile())
    .sort();
  expect(files.length).toBeGreaterThan(50);
  const over = files.flatMap((file) => {
    const lines = lineCount(readFileSync(file, "utf8"));
    return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
  });
  expect(over).toEqual([]);
});

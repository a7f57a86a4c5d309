import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { expect, test } from "vitest";
import { formatSize, writeOfflineCopy } from "../../lib/site/outputs/offline-copy.ts";
import { scratchFolder } from "../helpers/scratch-folders.ts";

async function siteWith(files: Record<string, string>): Promise<string> {
  const dir = await scratchFolder("factcheck-zip-");
  // Written in reverse order, so file-system order is not the sorted order.
  for (const [name, text] of Object.entries(files).reverse()) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const input = (siteDir: string) => ({
  siteDir,
  fileName: "copy-2024-05-01.zip",
  folder: "copy-2024-05-01",
  date: "2024-05-01",
  dateText: "1 May 2024",
  title: "Fact Check",
  homeUrl: "https://example.org/",
  pathPrefix: "/",
});

test("the zip is byte-identical across builds, one folder, sorted, dated from content, without the download, its pages or the worker", async () => {
  const files = {
    "index.html": "<p>home</p>",
    "claims/a/index.html": "<p>a</p>",
    "sw.js": "worker",
    _headers: "x",
    _redirects: "/old /new 301",
    // The download pages, in each language: they name a size the copy cannot know, and a download it does not hold.
    "offline/index.html": "<p>download</p>",
    "zh-hans/offline/index.html": "<p>下载</p>",
    "zh-hans/about/index.html": "<p>关于</p>",
  };
  const first = await siteWith(files);
  const second = await siteWith(files);
  const a = await writeOfflineCopy(input(first));
  const b = await writeOfflineCopy(input(second));
  const bytes = await readFile(a.file);
  expect(bytes.equals(await readFile(b.file))).toBe(true);
  expect(a.bytes).toBe(bytes.byteLength);
  expect(Object.keys(unzipSync(bytes))).toEqual([
    "copy-2024-05-01/README.txt",
    "copy-2024-05-01/claims/a/index.html",
    "copy-2024-05-01/index.html",
    "copy-2024-05-01/serve.mjs",
    "copy-2024-05-01/zh-hans/about/index.html",
  ]);
  // The first entry's DOS date and time (local header bytes 10–13): 2024-05-01 12:00:00.
  const time = bytes.readUInt16LE(10);
  const date = bytes.readUInt16LE(12);
  expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2024, 5, 1, 12, 0]);
});

test("the README says to run serve.mjs, and why the pages cannot be opened from the folder", async () => {
  const { file } = await writeOfflineCopy(input(await siteWith({ "index.html": "<p>home</p>" })));
  const readme = new TextDecoder().decode(unzipSync(await readFile(file))["copy-2024-05-01/README.txt"]);
  expect(readme).toContain("Fact Check — offline copy\nContent as of 1 May 2024.");
  expect(readme).toContain("    node serve.mjs\n");
  expect(readme).toContain("Why not open the pages directly?");
  expect(readme).toContain("The latest version is at https://example.org/");
});

const sizes: [number, string][] = [
  [999, "999 bytes"],
  [712_345, "712 KB"],
  [12_345_678, "12.3 MB"],
];
for (const [bytes, text] of sizes) test(`formatSize(${bytes}) = ${text}`, () => expect(formatSize(bytes)).toBe(text));

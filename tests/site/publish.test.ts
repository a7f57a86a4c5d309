/** A build's staging folder replaces the site only at the end, whole, whether or not a site was there before. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { publish, stagingFolder } from "../../lib/site/publish.ts";

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A scratch folder, removed after the test. */
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "publish-"));
  made.push(dir);
  return dir;
}

async function folderWith(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

test("publishing replaces an existing site: the old files go, the new ones stand, nothing is left beside it", async () => {
  const parent = await scratch();
  const output = path.join(parent, "_site");
  await folderWith(output, { "index.html": "old", "stale.html": "removed since" });
  const staging = stagingFolder(output);
  await folderWith(staging, { "index.html": "new" });
  await publish(staging, output);
  expect((await readdir(output)).sort()).toEqual(["index.html"]);
  expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("new");
  expect(await readdir(parent)).toEqual(["_site"]);
});

test("publishing where no site was yet puts the staging folder in its place", async () => {
  const parent = await scratch();
  const output = path.join(parent, "_site");
  const staging = stagingFolder(output);
  await folderWith(staging, { "index.html": "first" });
  await publish(staging, output);
  expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("first");
  expect(await readdir(parent)).toEqual(["_site"]);
});

test("a publish that fails leaves the previous site where it was", async () => {
  const parent = await scratch();
  const output = path.join(parent, "_site");
  await folderWith(output, { "index.html": "old" });
  await expect(publish(path.join(parent, "no-such-staging"), output)).rejects.toThrow();
  expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("old");
  expect(await readdir(parent)).toEqual(["_site"]);
});

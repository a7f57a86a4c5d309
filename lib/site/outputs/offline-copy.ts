/**
 * The downloadable offline copy: `offline/<name>.zip` holding one folder,
 * `<name>/`, with the built site, a zero-dependency `serve.mjs` and a README,
 * so unzipping it never spills files into the folder it is unzipped in. The zip is byte-for-byte
 * reproducible: entries sorted by path, every entry dated with the content's
 * date (never the clock), a fixed compression level. The download page then
 * gets the zip's size written in.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync, type Zippable } from "fflate";
import { absoluteUrl, urls } from "../../render/urls.ts";
import { OFFLINE_SIZE_PLACEHOLDER } from "../../render/offline-copy.ts";
import { listFiles } from "../built-files.ts";
import type { OutputStep } from "./index.ts";

const TEMPLATES = fileURLToPath(new URL("../offline-copy/", import.meta.url));

/** Not in the copy: the download itself and its page, and what only a web host uses. */
const LEFT_OUT = [/^offline\//, /^sw\.js$/, /^workbox-[^/]+\.js$/, /^_headers$/];

/** "1.4 MB" */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export interface OfflineCopyInput {
  readonly siteDir: string;
  readonly fileName: string;
  /** The folder every entry is in. */
  readonly folder: string;
  /** YYYY-MM-DD: the date every entry carries. */
  readonly date: string;
  readonly dateText: string;
  readonly title: string;
  readonly homeUrl: string;
  readonly pathPrefix: string;
}

export async function writeOfflineCopy(input: OfflineCopyInput): Promise<{ file: string; bytes: number }> {
  const [year, month, day] = input.date.split("-").map(Number) as [number, number, number];
  // Zip dates are local wall-clock fields: built from local parts, they read the same in every time zone.
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const files: Zippable = {};
  for (const name of await listFiles(input.siteDir)) {
    if (LEFT_OUT.some((pattern) => pattern.test(name))) continue;
    files[name] = [await readFile(path.join(input.siteDir, name)), { mtime }];
  }
  const serve = (await readFile(path.join(TEMPLATES, "serve.mjs"), "utf8")).replace("__PATH_PREFIX__", input.pathPrefix);
  const readme = (await readFile(path.join(TEMPLATES, "README.txt"), "utf8"))
    .replace("__TITLE__", input.title)
    .replace("__DATE__", input.dateText)
    .replace("__URL__", input.homeUrl);
  files["serve.mjs"] = [new TextEncoder().encode(serve), { mtime }];
  files["README.txt"] = [new TextEncoder().encode(readme), { mtime }];
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[`${input.folder}/${name}`] = files[name]!;
  const zip = zipSync(sorted, { level: 9 });
  const file = path.join(input.siteDir, "offline", input.fileName);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, zip);
  return { file, bytes: zip.byteLength };
}

export const offlineCopyStep: OutputStep = {
  name: "offline copy",
  run: async ({ siteDir, model, site }) => {
    const copy = model.offlineCopy;
    const { bytes } = await writeOfflineCopy({
      siteDir,
      fileName: copy.fileName,
      folder: copy.folder,
      date: copy.date.iso,
      dateText: copy.date.text,
      title: site.title,
      homeUrl: absoluteUrl(site.url, site.pathPrefix, urls.home()),
      pathPrefix: site.pathPrefix,
    });
    const page = path.join(siteDir, "offline", "index.html");
    const html = await readFile(page, "utf8");
    await writeFile(page, html.replace(OFFLINE_SIZE_PLACEHOLDER, formatSize(bytes)));
  },
};

/**
 * The downloadable offline copy: `offline/<name>.zip` holding one folder,
 * `<name>/`, with the built site, a zero-dependency `serve.mjs` and a README,
 * so unzipping it never spills files into the folder it is unzipped in. The zip is byte-for-byte
 * reproducible: entries sorted by path, every entry dated with the content's
 * date (never the clock), fixed compression settings (zip-file.ts streams it,
 * compressing in parallel and reusing what the build cache has). The download
 * page, in each language, then gets the zip's size written in.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { absoluteUrl, pathsIn, urls } from "../../render/urls.ts";
import { OFFLINE_SIZE_PLACEHOLDER } from "../../render/offline-copy.ts";
import type { BuildCache } from "../build-cache.ts";
import { listFiles } from "../built-files.ts";
import { writeZip, type ZipEntry } from "../zip-file.ts";
import { isHostFile } from "./host-files.ts";
import { isWorkerFile } from "./service-worker.ts";
import type { OutputStep } from "./index.ts";

const TEMPLATES = fileURLToPath(new URL("../offline-copy/", import.meta.url));

/** The folder of each language's download page, which also holds the download. */
const OFFLINE_FOLDERS = Object.values(pathsIn).map((paths) => paths.offline().slice(1));

/** Not in the copy: the download itself and its pages, the service worker, and what only a web host uses. */
const leftOut = (name: string): boolean => OFFLINE_FOLDERS.some((folder) => name.startsWith(folder)) || isWorkerFile(name) || isHostFile(name);

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
  readonly cache?: BuildCache;
  readonly progress?: (done: number, total: number) => void;
}

export async function writeOfflineCopy(input: OfflineCopyInput): Promise<{ file: string; bytes: number }> {
  const [year, month, day] = input.date.split("-").map(Number) as [number, number, number];
  // Zip dates are local wall-clock fields: built from local parts, they read the same in every time zone.
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const files: ZipEntry[] = [];
  for (const name of await listFiles(input.siteDir)) {
    if (leftOut(name)) continue;
    files.push({ name, bytes: () => readFile(path.join(input.siteDir, name)) });
  }
  const serve = (await readFile(path.join(TEMPLATES, "serve.mjs"), "utf8")).replace("__PATH_PREFIX__", input.pathPrefix);
  const readme = (await readFile(path.join(TEMPLATES, "README.txt"), "utf8"))
    .replace("__TITLE__", input.title)
    .replace("__DATE__", input.dateText)
    .replace("__URL__", input.homeUrl);
  files.push({ name: "serve.mjs", bytes: async () => new TextEncoder().encode(serve) });
  files.push({ name: "README.txt", bytes: async () => new TextEncoder().encode(readme) });
  const entries = files
    .map((f) => ({ ...f, name: `${input.folder}/${f.name}` }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const file = path.join(input.siteDir, "offline", input.fileName);
  const bytes = await writeZip(file, entries, {
    date: mtime,
    ...(input.cache ? { cache: input.cache } : {}),
    ...(input.progress ? { progress: input.progress } : {}),
  });
  return { file, bytes };
}

export const offlineCopyStep: OutputStep = {
  name: "offline copy",
  run: async ({ siteDir, model, site, cache, progress }) => {
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
      ...(cache ? { cache } : {}),
      progress: (done, total) => progress?.("zipping the offline copy", done, total),
    });
    // The download page of each language.
    for (const paths of Object.values(pathsIn)) {
      const page = path.join(siteDir, paths.offline(), "index.html");
      const html = await readFile(page, "utf8");
      if (!html.includes(OFFLINE_SIZE_PLACEHOLDER)) throw new Error(`${paths.offline()}: the page does not show the offline copy's size (its placeholder is missing)`);
      await writeFile(page, html.replace(OFFLINE_SIZE_PLACEHOLDER, formatSize(bytes)));
    }
  },
};

/** Writes one output file under the site folder, creating its folders. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** `urlPath` is root-relative, e.g. `/data/claims.json`. */
export async function writeSiteFile(siteDir: string, urlPath: string, content: string): Promise<void> {
  const file = path.join(siteDir, ...urlPath.split("/").filter(Boolean));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

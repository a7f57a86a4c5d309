/**
 * `npm run generate`: rewrites the files generated from code (schemas/*.json,
 * the checker-message list in CONTRIBUTING.md). Run it after changing the
 * content model or the diagnostic codes, and commit the result.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generatedFiles } from "../content/generated-files.ts";
import { runWhenStarted, type Command } from "./run.ts";

export const generate: Command = async ({ out }) => {
  for (const [file, content] of Object.entries(await generatedFiles("."))) {
    const current = await readFile(file, "utf8").catch(() => undefined);
    if (current === content) continue;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    out(`Updated ${file}`);
  }
  return 0;
};

await runWhenStarted(import.meta.url, generate);

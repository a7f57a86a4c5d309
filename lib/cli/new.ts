/**
 * `npm run new`: starts a contributor's file with every field in place.
 *
 *   npm run new -- claim "Everyone has a three-digit score"   → claims/everyone-has-a-three-digit-score.md
 *   npm run new -- source https://example.com/an-article      → sources/example-an-article.md
 *   --root DIR                                                 content folder (default .)
 *
 * Never overwrites a file.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { CLAIMS_DIR, SOURCES_DIR, TOPICS_FILE, todayUtc, VERDICTS_FILE } from "../content/load.ts";
import { claimScaffold, idFromText, idFromUrl, sourceScaffold } from "../content/scaffold.ts";
import { runWhenStarted, type Command } from "./run.ts";

const USAGE = 'usage: npm run new -- claim "The claim as people state it" | npm run new -- source https://…';

/** The ids listed in a data file (verdicts, topics), for the guidance comments. */
async function idsIn(root: string, file: string): Promise<string[]> {
  const list: unknown = parse(await readFile(path.join(root, file), "utf8"));
  return Array.isArray(list) ? list.map((item: { id?: unknown }) => String(item?.id)) : [];
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not a full address; paste it starting with https://`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`"${text}" is not an http(s) address`);
  return url;
}

export const newFile: Command = async ({ args, env, out }) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { root: { type: "string", default: env.FACTCHECK_ROOT ?? "." } },
  });
  const [kind, text, ...rest] = positionals;
  if ((kind !== "claim" && kind !== "source") || !text?.trim() || rest.length > 0) throw new Error(USAGE);
  const root = values.root;

  let file: string;
  let content: string;
  if (kind === "claim") {
    const id = idFromText(text);
    if (!id) throw new Error(`cannot make a file name from "${text}": write the claim in words`);
    file = `${CLAIMS_DIR}/${id}.md`;
    const [verdictIds, topicIds] = await Promise.all([idsIn(root, VERDICTS_FILE), idsIn(root, TOPICS_FILE)]);
    content = claimScaffold({ claim: text.trim(), today: todayUtc(), verdictIds, topicIds });
  } else {
    const url = parseUrl(text.trim());
    const id = idFromUrl(url);
    if (!id) throw new Error(`cannot make a file name from ${url.href}; create sources/<name>.md by hand`);
    file = `${SOURCES_DIR}/${id}.md`;
    content = sourceScaffold({ url });
  }

  await mkdir(path.join(root, path.dirname(file)), { recursive: true });
  try {
    await writeFile(path.join(root, file), content, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new Error(`${file} already exists; edit it, or choose another wording`);
    }
    throw error;
  }
  out(`Created ${file}. Fill in the fields, then run \`npm run check\`.`);
  return 0;
};

await runWhenStarted(import.meta.url, newFile);

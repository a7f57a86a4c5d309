/**
 * `npm run registry`: records every published claim and its verdict in
 * published.json (commit the result). Ids are never removed: a claim that
 * goes away must leave a tombstone or an alias, which the checker enforces.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../content/diagnostic.ts";
import { loadCorpus } from "../content/load.ts";
import { nextRegistry, readRegistry, REGISTRY_FILE } from "../content/registry.ts";
import { runWhenStarted, type Command } from "./run.ts";

export const registry: Command = async ({ args, env, out }) => {
  const { values } = parseArgs({ args: [...args], options: { root: { type: "string", default: env.FACTCHECK_ROOT ?? "." } } });
  const result = await loadCorpus({ root: values.root });
  if (!result.ok) {
    for (const d of result.diagnostics.filter((x) => x.severity === "error")) out(formatDiagnostic(d));
    out(`${REGISTRY_FILE} was not changed: fix the errors above first.`);
    return 1;
  }
  const previous = (await readRegistry(values.root)).value;
  const next = nextRegistry(previous, result.corpus);
  await writeFile(path.join(values.root, REGISTRY_FILE), `${JSON.stringify(next, null, 2)}\n`);
  out(`${REGISTRY_FILE}: ${Object.keys(next.claims).length} published id(s).`);
  return 0;
};

await runWhenStarted(import.meta.url, registry);

/**
 * `npm run check`: the contributor's reviewer of first resort. Runs the same
 * loader as the build and reports every problem at once.
 *
 *   npm run check                          text report, exit 1 on errors
 *   npm run check -- --strict              warnings fail too
 *   npm run check -- --json                machine-readable report
 *   npm run check -- --format github       GitHub Actions annotations
 *   npm run check -- --archive DIR         verify quotes against saved texts in DIR
 *
 * SITE_URL and PATH_PREFIX, when set, are checked as the values that replace
 * `url` and `pathPrefix` in data/site.yaml.
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../content/load.ts";
import { renderReport, summarise, type ReportFormat } from "../content/report.ts";
import { siteOverridesFrom } from "../content/site-overrides.ts";
import { runWhenStarted, type Command } from "./run.ts";

const FORMATS: readonly ReportFormat[] = ["text", "json", "github"];

export const check: Command = async ({ args, env, out }) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      root: { type: "string", default: env.FACTCHECK_ROOT ?? "." },
      archive: { type: "string" },
      strict: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      format: { type: "string", default: "text" },
    },
  });
  const format = (values.json ? "json" : values.format) as ReportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of: ${FORMATS.join(", ")}`);
  const result = await loadCorpus({
    root: values.root,
    siteOverrides: siteOverridesFrom(env),
    ...(values.archive === undefined ? {} : { archive: values.archive }),
  });
  const summary = summarise(result.diagnostics, result.files);
  for (const line of renderReport(format, result.diagnostics, summary)) out(line);
  return summary.errors > 0 || (values.strict && summary.warnings > 0) ? 1 : 0;
};

await runWhenStarted(import.meta.url, check);

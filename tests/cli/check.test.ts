/**
 * `npm run check` as a contributor runs it, on the fixture folder: exit
 * codes, the three output formats, and never a stack trace.
 */
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../lib/content/diagnostic.ts";
import { loadCorpus, type LoadResult } from "../../lib/content/load.ts";
import { checkerFixtureRoot, VERDICT_LIST } from "../helpers/checker-fixtures.ts";
import { validContentDir, VALID_SOURCE } from "../helpers/content-dir.ts";
import { npmRun as run } from "../helpers/npm-run.ts";

let root: string;
let expected: LoadResult;
beforeAll(async () => {
  root = await checkerFixtureRoot();
  expected = await loadCorpus({ root });
});

/** A stack frame line, as Node prints them. */
const STACK_FRAME = /^\s+at /m;

test("text: every diagnostic as `file:line:col severity code: message — hint`, a summary line, exit 1", async () => {
  const result = await run("check", "--root", root);
  expect(result.status).toBe(1);
  const lines = result.stdout.trimEnd().split("\n");
  expect(lines.slice(0, -1)).toEqual(expected.diagnostics.map(formatDiagnostic));
  const errors = expected.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = expected.diagnostics.length - errors;
  expect(lines.at(-1)).toBe(`✖ checked ${expected.files} files: ${errors} errors, ${warnings} warnings`);
  expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
});

test("--json: the same diagnostics and summary, machine-readable", async () => {
  const result = await run("check", "--root", root, "--json");
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout) as { diagnostics: unknown[]; summary: { files: number; errors: number } };
  expect(report.diagnostics).toEqual(expected.diagnostics);
  expect(report.summary.files).toBe(expected.files);
  expect(result.stderr).toBe("");
});

test("--format github: one workflow annotation per diagnostic", async () => {
  const result = await run("check", "--root", root, "--format", "github");
  expect(result.status).toBe(1);
  const lines = result.stdout.trimEnd().split("\n").slice(0, -1);
  expect(lines).toHaveLength(expected.diagnostics.length);
  for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::\S/);
  expect(lines).toContain(
    `::error file=claims/verdict-placeholder.md,line=3,col=10,title=verdict-placeholder::the verdict is still the placeholder \`TODO\` — replace it with one of: ${VERDICT_LIST} (see /methodology/ for what each means)`,
  );
  // Values GitHub would cut at are escaped.
  expect(lines).toContain(
    "::error file=claims/unknown-field.md,line=4,col=1,title=unknown-field::unknown field `sumary` (did you mean `summary`?) — remove it or fix its spelling; see CONTRIBUTING.md for the fields",
  );
});

test("valid content exits 0; warnings fail only with --strict", async () => {
  const valid = await validContentDir();
  const warned = await validContentDir({ "sources/spare-source.md": VALID_SOURCE });
  expect((await run("check", "--root", valid)).status).toBe(0);
  const lenient = await run("check", "--root", warned);
  expect(lenient.status).toBe(0);
  expect(lenient.stdout).toContain("✔ checked 3 files: 0 errors, 1 warning");
  expect((await run("check", "--root", warned, "--strict")).status).toBe(1);
});

test("an unknown --format is one plain error message, not a stack trace", async () => {
  const result = await run("check", "--root", root, "--format", "xml");
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe("error: --format must be one of: text, json, github");
});

/**
 * The order test files start in: the slowest first, whatever their project.
 * Vitest's own order runs the projects one after another by name (build, e2e,
 * unit), so the longest browser files started last and the run ended with one
 * worker busy and the other idle. Durations are Vitest's own, from its results
 * cache of the last run; a file it has not timed yet goes by its project:
 * browser files, then build files, then unit files.
 */
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Where a file with no recorded duration goes: a guess at how slow its project's files are, in ms. */
const UNTIMED: Record<string, number> = { e2e: 30_000, "build-own-process": 20_000, build: 10_000 };

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`)?.duration ??
      UNTIMED[spec.project.name] ??
      0;
    return [...files].sort((a, b) => duration(b) - duration(a));
  }
}

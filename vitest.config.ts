/**
 * Three speeds of tests, as Vitest projects:
 * - unit: no site build at all; a developer running one file waits seconds;
 * - build: reads one shared build of the real site (tests/helpers/shared-site.ts,
 *   passed with provide/inject), and builds scratch sites only where a test changes content;
 *   one of its files runs in a process of its own, as the project build-own-process (OWN_PROCESS);
 * - e2e: the same shared build in real Chromium.
 * `npm run test:unit` runs the first alone; `npm test` all of them.
 */
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { LongestFirst } from "./tests/helpers/longest-first.ts";

const SLOW = ["tests/build/**", "tests/e2e/**"];
const SHARED_SITE = ["tests/helpers/shared-site.ts"];
/**
 * Builds a copy of the project in this process after editing its templates: Eleventy keeps the templates it read by
 * their path relative to the working folder, so a worker that built the project itself first would read those back.
 */
const OWN_PROCESS = ["tests/build/build-cache-code.test.ts"];

export default defineConfig({
  test: {
    pool: "forks",
    // Every core: Vitest leaves one free by default, which on a 2-core machine runs the files one at a time.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    // The temporary folders the test helpers make go when the file that made them ends.
    setupFiles: ["tests/helpers/remove-scratch-folders.ts"],
    hookTimeout: 120_000,
    // The slowest files first, across projects (Vitest's own order runs one project after another).
    sequence: { sequencer: LongestFirst },
    projects: [
      // Files share their modules within a worker (isolate: false): importing Eleventy, Playwright and lib/ once a
      // worker, not once a file, is half the unit files' CPU and was about 20 CPU-s of the build project's 157 alone.
      // A test that mocks a module imports what it tests after vi.resetModules() (tests/content/internal-error.test.ts).
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"], exclude: OWN_PROCESS, globalSetup: SHARED_SITE, isolate: false } },
      { extends: true, test: { name: "build-own-process", include: OWN_PROCESS, globalSetup: SHARED_SITE, isolate: true } },
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], globalSetup: SHARED_SITE, isolate: false } },
    ],
  },
});

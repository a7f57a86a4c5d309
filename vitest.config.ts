import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Eleventy imports the TypeScript plugin at run time, so workers run under tsx.
    pool: "forks",
    execArgv: ["--import", "tsx"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

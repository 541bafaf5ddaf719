import { defineConfig } from "vitest/config"

// End-to-end tests: one whole shop (database, backend, storefront) for the run,
// files one after another in a forked process, a real Chromium per file.
export default defineConfig({
  test: {
    include: ["e2e/**/*.spec.ts"],
    globals: true,
    pool: "forks",
    fileParallelism: false,
    globalSetup: ["e2e/support/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
})

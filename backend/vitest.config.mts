import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    // Medusa's runner, with each file's database copied from one migrated once per
    // run (../test/support/migrated-template.mjs) instead of migrated per file.
    alias: [
      {
        find: /^@medusajs\/test-utils$/,
        replacement: fileURLToPath(new URL("../test/support/medusa-test-runner.mjs", import.meta.url)),
      },
    ],
  },
  test: {
    globals: true,
    environment: "node",
    include: [
      "src/**/*.spec.ts",
      "scripts/**/*.spec.ts",
      "config/**/*.spec.ts",
      "integration-tests/**/*.spec.ts",
    ],
    globalSetup: ["../test/support/global-setup.mjs", "../test/support/migrated-template.mjs"],
    setupFiles: ["../test/support/medusa-setup.mjs"],
    pool: "forks",
    // Two files at a time: each boots its own app on its own database copy and port
    // (../test/support/medusa-test-runner.mjs), and one app keeps one core busy. The
    // payment files took 299 s instead of 520 s this way on the two-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // REDIS_URL is emptied: these tests boot one in-process app each, and Redis-backed
    // modules shared between consecutive apps would mix their queues. The scale-out
    // tests in test/production run against Redis on purpose.
    env: { NODE_ENV: "test", MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error", REDIS_URL: "" },
  },
})

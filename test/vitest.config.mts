import { defineConfig } from "vitest/config"

const shared = {
  globals: true,
  pool: "forks" as const,
  testTimeout: 120_000,
  hookTimeout: 600_000,
  teardownTimeout: 60_000,
}

// Two kinds of whole-shop tests, one file at a time (maxWorkers: 1): each boots
// real processes and the machine has two cores.
export default defineConfig({
  test: {
    maxWorkers: 1,
    projects: [
      {
        // The shop as a shopper meets it: one shop (database, backend, storefront)
        // for the run, a real Chromium per file.
        test: {
          ...shared,
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          globalSetup: ["e2e/support/global-setup.ts"],
          setupFiles: ["e2e/support/print-stack-logs.ts"],
        },
      },
      {
        // The backend as deployed: built output, servers and workers, Redis.
        // Each file starts its own production backend, on its own copy of a shop
        // migrated and seeded once per run.
        test: {
          ...shared,
          name: "production",
          include: ["production/**/*.spec.ts"],
          globalSetup: ["production/global-setup.ts"],
        },
      },
      {
        // The repository's own scripts (npm start, the embedded PostgreSQL launcher)
        // run as a newcomer runs them.
        test: { ...shared, name: "scripts", include: ["scripts/**/*.spec.ts"] },
      },
    ],
  },
})

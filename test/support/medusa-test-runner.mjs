// "@medusajs/test-utils" as the backend's specs import it (an alias in
// backend/vitest.config.mts): the same exports, but medusaIntegrationTestRunner
// first gives the file its database as a copy of the run's migrated template
// (migrated-template.mjs), so the runner's migrations and link sync find nothing
// to do. Without a template it is Medusa's runner unchanged.
import { randomUUID } from "node:crypto"
import * as testUtils from "@medusajs/test-utils/dist/index.js"
import { beforeAll } from "vitest"
import { onServer } from "./migrated-template.mjs"

export * from "@medusajs/test-utils/dist/index.js"

export function medusaIntegrationTestRunner(options) {
  const template = process.env.OCOP_TEST_DB_TEMPLATE
  if (!template) return testUtils.medusaIntegrationTestRunner(options)
  const dbName = options.dbName ?? `medusa-${randomUUID().slice(0, 13)}-integration-${process.env.VITEST_POOL_ID ?? 1}`
  // Runs before the runner's own beforeAll, whose CREATE DATABASE then finds it there.
  beforeAll(() => onServer(`CREATE DATABASE "${dbName}" TEMPLATE "${template}"`))
  return testUtils.medusaIntegrationTestRunner({ ...options, dbName })
}

// Migrates and seeds one shop per run, in a throwaway embedded PostgreSQL that every
// production file then copies its own database from (support.ts, freshShopDatabase).
// Each file used to start its own cluster and migrate and seed it: the same minute
// of work, three times a run, for the same shop.
import path from "node:path"
import type { TestProject } from "vitest/node"
import { buildPluginIfStale } from "../../scripts/lib/build-plugin.mjs"
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs"
import { backendEnv, migrateAndSeed, root, withClient } from "../../scripts/lib/stack.mjs"

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's PostgreSQL and the migrated, seeded database to copy (null without REDIS_URL). */
    productionDatabase: { serverUrl: string; port: number; template: string } | null
  }
}

const TEMPLATE = "ocop_market_template"

export default async function setup(project: TestProject) {
  // Every file that starts a shop needs Redis and skips without it: no shop to prepare.
  if (!process.env.REDIS_URL) {
    project.provide("productionDatabase", null)
    return
  }
  const started = Date.now()
  // Migrations come from the plugin's build, as in startStack.
  await buildPluginIfStale(root)
  const db = await startEmbeddedPostgres({
    dir: path.join(root, ".data", `production-postgres-${process.pid}`),
    throwaway: true,
  })
  try {
    await withClient(db.url("postgres"), (c) => c.query(`create database "${TEMPLATE}"`))
    // The seed writes the backend's URL into the pictures' addresses; no production
    // test fetches a picture, and each file's backend has a port of its own anyway.
    const env = backendEnv({
      databaseUrl: db.url(TEMPLATE),
      backendUrl: "http://localhost:9000",
      storefrontUrl: "http://localhost:8000",
      // Without Redis the seed's events are handled in its own process, as in `npm start`
      // without Redis; on a file's Redis they would wait for that file's workers.
      extraEnv: { REDIS_URL: "" },
    })
    await migrateAndSeed(db.url(TEMPLATE), env, {
      log: (line: string) => console.log(`[production] ${line}`),
    })
  } catch (error) {
    await db.stop()
    throw error
  }
  console.log(`[production] shop migrated and seeded once in ${Math.round((Date.now() - started) / 1000)}s`)
  project.provide("productionDatabase", { serverUrl: db.url("postgres"), port: db.port, template: TEMPLATE })
  return async () => {
    await db.stop()
  }
}

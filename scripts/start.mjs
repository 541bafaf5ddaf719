#!/usr/bin/env node
// npm start: the whole shop on one machine. Starts PostgreSQL (embedded unless
// DATABASE_URL is set), builds the OCOP plugin, migrates, seeds an empty database,
// serves the backend (and admin) on :9000, and prints how to get in.
import { spawn } from "node:child_process"
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { buildPluginIfStale } from "./lib/build-plugin.mjs"
import {
  BACKEND_PORT,
  BACKEND_URL,
  DATABASE_NAME,
  DEMO_ADMIN,
  PUBLISHABLE_KEY_TITLE,
  STOREFRONT_URL,
} from "./lib/demo.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { run } from "./lib/run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backend = path.join(root, "backend")
const dataDir = path.join(root, ".data")
const medusa = path.join(root, "node_modules", ".bin", "medusa")
const children = []
let db = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\n• Stopping…")
  for (const child of children) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        child.kill("SIGTERM")
      }
    }
  }
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)))
  if (db) {
    console.log("• Stopping the embedded PostgreSQL")
    await db.stop()
  }
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function ensureDatabase(url) {
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAME])
  if (!rowCount) await client.query(`create database "${DATABASE_NAME}"`)
  await client.end()
}

async function queryOne(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return rows[0]
  } finally {
    await client.end()
  }
}

async function waitForHealth(url, child, timeoutMs = 180_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error("the backend exited during start-up")
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`the backend did not answer ${url}/health within ${timeoutMs / 1000}s`)
}

async function main() {
  await mkdir(dataDir, { recursive: true })
  const env = {
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    OCOP_ADMIN_EMAIL: DEMO_ADMIN.email,
    OCOP_ADMIN_PASSWORD: DEMO_ADMIN.password,
  }

  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    console.log("• Using the PostgreSQL at DATABASE_URL")
  } else {
    console.log("• Starting the embedded PostgreSQL (data in .data/postgres)…")
    db = await startEmbeddedPostgres({
      dir: path.join(dataDir, "postgres"),
      port: process.env.EMBEDDED_POSTGRES_PORT,
    })
    await ensureDatabase(db.url("postgres"))
    databaseUrl = db.url(DATABASE_NAME)
    console.log(`  listening on 127.0.0.1:${db.port}`)
  }
  env.DATABASE_URL = databaseUrl

  await buildPluginIfStale(root)

  console.log("• Migrating the database (medusa db:migrate)…")
  await run(medusa, ["db:migrate"], { cwd: backend, env })

  const seeded = await queryOne(databaseUrl, "select count(*)::int as n from ocop_certification")
  if (seeded.n === 0) {
    console.log("• Seeding the OCOP catalog (first start)…")
    await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backend, env })
  } else {
    console.log(`• Database already seeded (${seeded.n} certifications): reusing it`)
  }

  console.log(`• Starting the backend on ${BACKEND_URL} (medusa develop)…`)
  const server = spawn(medusa, ["develop", "--port", String(BACKEND_PORT)], {
    cwd: backend,
    env: { ...process.env, ...env },
    stdio: "inherit",
    detached: true,
  })
  children.push(server)
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`The backend exited (code ${code}).`)
      shutdown(code || 1)
    }
  })
  await waitForHealth(BACKEND_URL, server)

  const key = await queryOne(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
    [PUBLISHABLE_KEY_TITLE]
  )
  const demo = {
    backend_url: BACKEND_URL,
    storefront_url: STOREFRONT_URL,
    admin_url: `${BACKEND_URL}/app`,
    publishable_key: key?.token ?? null,
    admin: DEMO_ADMIN,
  }
  await writeFile(path.join(dataDir, "demo.json"), JSON.stringify(demo, null, 2) + "\n")
  console.log(`
  OCOP Market is running.

  Backend API      ${demo.backend_url}
  Admin            ${demo.admin_url}   (${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})
  Storefront       ${demo.storefront_url}   (arrives with the storefront issue)
  Publishable key  ${demo.publishable_key}

  Try: curl -H "x-publishable-api-key: ${demo.publishable_key}" ${demo.backend_url}/store/ocop/products
  The same is written to .data/demo.json. Ctrl-C stops everything.
`)
}

main().catch(async (error) => {
  console.error(`\nnpm start failed: ${error.message}`)
  await shutdown(1)
})

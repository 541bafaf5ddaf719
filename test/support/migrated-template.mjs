// Vitest global setup for the backend's integration tests: migrates one database
// once per run, for every app-booting file to start from a copy of it.
// Medusa's test runner creates an empty database per file and runs every module's
// migrations and the link sync in it before booting the app (most of a boot). Here
// `medusa db:migrate` does that once into a template; the runner wrapper
// (medusa-test-runner.mjs) creates each file's database with
// `CREATE DATABASE … TEMPLATE`, and the runner then finds nothing left to migrate.
// Search indexes are left to the runner (--skip-search), which builds them per
// file as before. Runs after global-setup.mjs, which has set DB_*.
import { randomUUID } from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { run } from "../../scripts/lib/run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export function databaseUrl(name) {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  const auth = encodeURIComponent(DB_USERNAME || "postgres") + (DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : "")
  return `postgres://${auth}@${DB_HOST || "localhost"}:${DB_PORT || "5432"}/${name}`
}

export async function onServer(sql) {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export default async function setup() {
  const name = `ocop-test-template-${randomUUID().slice(0, 8)}`
  await onServer(`CREATE DATABASE "${name}"`)
  const drop = () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  try {
    await run(path.join(root, "node_modules", ".bin", "medusa"), ["db:migrate", "--skip-scripts", "--skip-search"], {
      cwd: path.join(root, "backend"),
      // As the test files' apps run (vitest.config.mts's env).
      env: { DATABASE_URL: databaseUrl(name), NODE_ENV: "test", REDIS_URL: "", LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" },
    })
  } catch (error) {
    await drop()
    throw error
  }
  process.env.OCOP_TEST_DB_TEMPLATE = name
  return drop
}

// Vitest global setup shared by every workspace: gives the tests a PostgreSQL.
// With DATABASE_URL or DB_HOST set it uses that server; otherwise it starts a
// throwaway embedded cluster in a child process (see scripts/lib/embedded-postgres.mjs)
// and removes it afterwards. Medusa's test runners read DB_* when first loaded, so
// they are set here, before any test worker starts.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export default async function setup() {
  if (process.env.DB_HOST) return
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    process.env.DB_HOST = url.hostname
    process.env.DB_PORT = url.port || "5432"
    process.env.DB_USERNAME = decodeURIComponent(url.username)
    process.env.DB_PASSWORD = decodeURIComponent(url.password)
    return
  }
  const db = await startEmbeddedPostgres({
    dir: path.join(root, ".data", `test-postgres-${process.pid}`),
    throwaway: true,
  })
  // "localhost", not 127.0.0.1: Medusa's test runner turns SSL on for any other host.
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(db.port)
  process.env.DB_USERNAME = db.user
  process.env.DB_PASSWORD = db.password
  return async () => {
    await db.stop()
  }
}

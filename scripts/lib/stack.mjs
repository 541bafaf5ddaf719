// The whole shop as processes: PostgreSQL (embedded unless a URL is given), the
// OCOP plugin build, migrations, the seed when the database is empty, the Medusa
// backend and the storefront. npm start and the end-to-end tests both use it.
import { existsSync, mkdirSync, openSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { buildPluginIfStale } from "./build-plugin.mjs"
import { childProcesses } from "./children.mjs"
import {
  DATABASE_NAME,
  DEMO_ADMIN,
  DEMO_PRODUCER_PASSWORD,
  DEMO_STAFF_PASSWORD,
  PUBLISHABLE_KEY_TITLE,
} from "./demo.mjs"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { localProductionEnv, startProductionBackend } from "./production-backend.mjs"
import { run } from "./run.mjs"

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../.."
)
const backendDir = path.join(root, "backend")
const storefrontDir = path.join(root, "storefront")
const bin = (name) => path.join(root, "node_modules", ".bin", name)

/** Runs `fn` with a client connected to `url`, and closes it. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function ensureDatabase(serverUrl, name) {
  const admin = new URL(serverUrl)
  admin.pathname = "/postgres"
  await withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [name]
    )
    if (!rowCount) await client.query(`create database "${name}"`)
  })
}

export async function waitForHttp(url, child, timeoutMs = 180_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`${url}: the process exited during start-up`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** The environment the backend's commands run with: the database, its URLs, the demo logins. */
export function backendEnv({ databaseUrl, backendUrl, storefrontUrl, extraEnv }) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    OCOP_ADMIN_EMAIL: DEMO_ADMIN.email,
    OCOP_ADMIN_PASSWORD: DEMO_ADMIN.password,
    OCOP_DEMO_PRODUCER_PASSWORD: DEMO_PRODUCER_PASSWORD,
    OCOP_DEMO_STAFF_PASSWORD: DEMO_STAFF_PASSWORD,
    ...extraEnv,
  }
}

/**
 * `medusa db:migrate`, then the seed when the database lacks any part of the demo
 * shop. `env` is the backend's (DATABASE_URL, MEDUSA_BACKEND_URL, the demo logins).
 */
export async function migrateAndSeed(databaseUrl, env, { children, log = (line) => console.log(line) } = {}) {
  log("• Migrating the database (medusa db:migrate)…")
  await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env, children })

  const count = (sql) =>
    withClient(databaseUrl, (c) => c.query(`select count(*)::int as n from ${sql}`).then((r) => r.rows[0].n))
  const seeded = await count("ocop_certification")
  // A database seeded before producer logins existed gets them from a re-run (the seed is idempotent).
  const producerLogins = await count("ocop_producer_member")
  // Likewise a database seeded before sales points existed gets them and their staff logins.
  const staffLogins = await count("ocop_sales_point_staff where deleted_at is null")
  // And a database seeded before English existed gets its translations (docs/english.md).
  const english = await count("translation where locale_code = 'en-US' and deleted_at is null")
  // And one that never had promotions gets the demo's (rows the office deleted stay,
  // soft-deleted, so they are not brought back).
  const promotions = await count("promotion")
  if (
    seeded === 0 ||
    producerLogins === 0 ||
    staffLogins === 0 ||
    english === 0 ||
    promotions === 0
  ) {
    log("• Seeding the OCOP catalog (first start)…")
    await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
      cwd: backendDir,
      env,
      children,
    })
  } else {
    log(`• Database already seeded (${seeded} certifications): reusing it`)
  }
}

/**
 * Starts the stack and resolves once the backend (and the storefront, when it
 * exists) answer. `stop()` ends every process it started, the database too.
 * Aborting `signal` stops it at any moment: during start-up the returned promise
 * then rejects once everything started so far has exited.
 * With `databaseReady` the database at `databaseUrl` is a copy of one that
 * migrateAndSeed prepared, and neither step runs again.
 * @param {{ dataDir: string, databaseUrl?: string, throwawayDatabase?: boolean, databaseReady?: boolean,
 *   backendPort: number, storefrontPort: number,
 *   backendMode?: "develop" | "start" | "production", servers?: number, workers?: number,
 *   firstInternalPort?: number, internalPorts?: number[], logDir?: string, extraEnv?: Record<string,string>,
 *   storefront?: boolean, signal?: AbortSignal,
 *   log?: (line: string) => void, stdio?: "inherit" | "ignore" }} options
 */
export async function startStack(options) {
  const log = options.log ?? ((line) => console.log(line))
  const stdio = options.stdio ?? "inherit"
  // With logDir the develop backend and the storefront write backend.log and storefront.log
  // there (a failing browser test prints their tails), whatever stdio says.
  const stdioOf = (name) => {
    if (!options.logDir) return stdio
    mkdirSync(options.logDir, { recursive: true })
    const fd = openSync(path.join(options.logDir, `${name}.log`), "a")
    return ["ignore", fd, fd]
  }
  const children = childProcesses()
  const onStop = []
  const halt = new AbortController()
  let dbStarting = null
  let stopping = null

  const stop = () => {
    stopping ??= (async () => {
      halt.abort()
      for (const close of onStop) await close()
      await children.stop()
      const db = await dbStarting?.catch(() => null)
      await db?.stop()
    })()
    return stopping
  }
  options.signal?.addEventListener("abort", stop, { once: true })
  if (options.signal?.aborted) stop()

  try {
    let databaseUrl = options.databaseUrl
    if (databaseUrl) {
      log("• Using the PostgreSQL at DATABASE_URL")
    } else {
      log(
        `• Starting the embedded PostgreSQL (data in ${path.relative(root, options.dataDir)})…`
      )
      dbStarting = startEmbeddedPostgres({
        dir: options.dataDir,
        throwaway: options.throwawayDatabase,
        port: process.env.EMBEDDED_POSTGRES_PORT,
        signal: halt.signal,
      })
      const db = await dbStarting
      await ensureDatabase(db.url("postgres"), DATABASE_NAME)
      databaseUrl = db.url(DATABASE_NAME)
    }

    const backendUrl = `http://localhost:${options.backendPort}`
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    const env = backendEnv({ databaseUrl, backendUrl, storefrontUrl, extraEnv: options.extraEnv })

    await buildPluginIfStale(root, { children })
    if (options.databaseReady) {
      log("• Database copied from a migrated and seeded one: no migration or seed")
    } else {
      await migrateAndSeed(databaseUrl, env, { children, log })
    }
    const publishableKey = await withClient(databaseUrl, (c) =>
      c
        .query(
          "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
          [PUBLISHABLE_KEY_TITLE]
        )
        .then((r) => r.rows[0]?.token ?? null)
    )

    const producers = await withClient(databaseUrl, (c) =>
      c
        .query(
          "select m.email, p.id as producer_id, p.name from ocop_producer_member m join ocop_producer p on p.id = m.producer_id where m.status = 'active' and m.email like '%@producer.ocop-market.local' and m.deleted_at is null order by p.name"
        )
        .then((r) =>
          r.rows.map((row) => ({ ...row, password: DEMO_PRODUCER_PASSWORD }))
        )
    )

    const staff = await withClient(databaseUrl, (c) =>
      c
        .query(
          "select s.email, sp.id as sales_point_id, sl.name as sales_point_name from ocop_sales_point_staff s join ocop_sales_point_staff_assignment a on a.sales_point_staff_id = s.id join ocop_sales_point sp on sp.id = a.sales_point_id and sp.deleted_at is null join ocop_sales_point_stock_location l on l.sales_point_id = sp.id and l.deleted_at is null join stock_location sl on sl.id = l.stock_location_id where s.email like '%@staff.ocop-market.local' and s.deleted_at is null order by sp.province_code, sl.name"
        )
        .then((r) =>
          r.rows.map((row) => ({ ...row, password: DEMO_STAFF_PASSWORD }))
        )
    )

    const mode = options.backendMode ?? "develop"
    let backend = null
    let production = null
    if (mode !== "develop") {
      // `medusa start` runs with NODE_ENV=production, which wants real secrets and origins.
      Object.assign(
        env,
        await localProductionEnv({ dataDir: path.join(root, ".data"), backendUrl, storefrontUrl })
      )
    }
    if (mode === "production") {
      // N servers + one worker from the build output, behind one port.
      production = await startProductionBackend({
        backendDir,
        env,
        port: options.backendPort,
        servers: options.servers ?? 2,
        workers: options.workers,
        firstInternalPort: options.firstInternalPort ?? options.backendPort + 1,
        ports: options.internalPorts,
        avoid: [options.storefrontPort],
        logDir: options.logDir,
        stdio,
        log,
        children,
      })
      onStop.push(production.closeProxy)
    } else {
      log(`• Starting the backend on ${backendUrl} (medusa ${mode})…`)
      backend = children.spawn(
        bin("medusa"),
        [mode, "--port", String(options.backendPort)],
        { cwd: backendDir, env, stdio: stdioOf("backend") }
      )
      await waitForHttp(`${backendUrl}/health`, backend)
    }

    let storefront = null
    if (
      options.storefront !== false &&
      existsSync(path.join(storefrontDir, "app"))
    ) {
      log(`• Building and starting the storefront on ${storefrontUrl}…`)
      const storefrontEnv = {
        ...env,
        PORT: String(options.storefrontPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      }
      await run("npm", ["run", "build", "--silent"], {
        cwd: storefrontDir,
        env: storefrontEnv,
        children,
      })
      storefront = children.spawn("npm", ["run", "start", "--silent"], {
        cwd: storefrontDir,
        env: storefrontEnv,
        stdio: stdioOf("storefront"),
      })
      await waitForHttp(storefrontUrl, storefront)
    }

    halt.signal.throwIfAborted()
    return {
      databaseUrl,
      backendUrl,
      storefrontUrl: storefront ? storefrontUrl : null,
      publishableKey,
      producers,
      staff,
      processes: production
        ? { ...production.processes, storefront }
        : { backend, storefront },
      production,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

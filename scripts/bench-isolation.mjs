#!/usr/bin/env node
// npm run bench, isolation (issue 18): on the production build (one API server and one
// worker behind the proxy, Redis), the p95 of the shop's other routes (a product page,
// the catalog's first page, a cart read, the regions) idle, then again during a burst
// of 200 concurrent searches, and the ratio per route (goal ≤ 3×). Beside it the
// burst's own answers (200 / 503 busy), the servers' event-loop delay (a bench-only
// probe, scripts/lib/event-loop-probe.mjs) and the database connections in use, which
// are the two resources a burst can take from the rest; at the end the RSS of each
// process. Needs REDIS_URL; without it, says so and measures nothing.
// BENCH_SECONDS=10 per phase, BENCH_ISOLATION_BURST=200, BENCH_ISOLATION_CLIENTS=1 per
// route, BENCH_ISOLATION_SIZE (grow the catalog to that many products first; default
// the seeded shop), BENCH_ISOLATION_PORT (default BENCH_PORT + 60, then +1, +2).
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import pg from "pg"
import { loadSpan } from "./lib/load-average.mjs"
import { measureCalls } from "./lib/load.mjs"
import { groupMembers } from "./lib/process-group.mjs"
import { groupCpuSeconds, processMemory } from "./lib/process-memory.mjs"
import { call, ok } from "./lib/shop-client.mjs"
import { run } from "./lib/run.mjs"
import { root, startStack } from "./lib/stack.mjs"

const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const burstSize = Number(process.env.BENCH_ISOLATION_BURST ?? 200)
// One client per route: "idle" is the shop at rest, not a load test of its own.
const clientsPerRoute = Number(process.env.BENCH_ISOLATION_CLIENTS ?? 1)
const growTo = Number(process.env.BENCH_ISOLATION_SIZE ?? 0)
const port = Number(process.env.BENCH_ISOLATION_PORT ?? Number(process.env.BENCH_PORT ?? 9400) + 60)
// Different words and filters, so no answer is served from a cache the others warmed.
const SEARCHES = [
  "q=kho%20ca&limit=24",
  "q=mat%20ong&min_stars=4&limit=24",
  "q=nuoc%20mam&province=91&in_stock=true&limit=24",
  "q=tra%20xanh&limit=24",
  "q=banh&min_stars=3&limit=24",
  "q=gao%20thom&limit=24",
  "q=ca%20phe&in_stock=true&limit=24",
  "q=duong%20thot%20not&limit=24",
]

if (!process.env.REDIS_URL) {
  console.log("\n⚠  REDIS_URL is not set: the isolation benchmark (production build on Redis) is skipped.")
  process.exit(0)
}
const redisUrl = new URL(process.env.REDIS_URL)
redisUrl.pathname = `/${process.env.BENCH_ISOLATION_REDIS_DB ?? 14}`
const probeDir = await mkdtemp(path.join(os.tmpdir(), "bench-isolation-loop-"))
const load = loadSpan()

process.env.MEDUSA_ADMIN_DISABLED = "true"
const stack = await startStack({
  dataDir: path.join(root, ".data", `bench-isolation-postgres-${process.pid}`),
  throwawayDatabase: true,
  backendPort: port,
  storefrontPort: port + 10,
  backendMode: "production",
  servers: 1,
  workers: 1,
  firstInternalPort: port + 1,
  storefront: false,
  stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
  extraEnv: {
    REDIS_URL: redisUrl.toString(),
    LOG_LEVEL: "warn",
    BENCH_EVENT_LOOP_DIR: probeDir,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.join(root, "scripts", "lib", "event-loop-probe.mjs"))}`.trim(),
  },
})

let report
try {
  // Straight at the API server, not through the proxy: the proxy runs in this process,
  // beside the burst's 200 clients, and would measure this process as much as the server.
  const base = stack.production.serverUrls[0]
  const serverPid = stack.production.processes.server1.pid
  /** How busy the server was over a phase: CPU seconds per second (1 = one core). */
  const cpuMeter = () => {
    const cpu = groupCpuSeconds(serverPid)
    const t = performance.now()
    return () => +((groupCpuSeconds(serverPid) - cpu) / ((performance.now() - t) / 1000)).toFixed(2)
  }
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const db = new pg.Client({ connectionString: stack.databaseUrl })
  await db.connect()
  try {
    if (growTo) {
      console.log(`• Growing the catalog to ${growTo} products and reindexing search…`)
      const medusaExec = (script, env) =>
        run(path.join(root, "node_modules", ".bin", "medusa"), ["exec", script], {
          cwd: path.join(root, "backend"),
          env: { ...process.env, DATABASE_URL: stack.databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", ...env },
        })
      await medusaExec("./src/scripts/bench-data.ts", { BENCH_TOTAL: String(growTo) })
      await db.query("analyze")
      await medusaExec("./src/scripts/reindex-search.ts", {})
    }
    const products = (await db.query("select count(*)::int as n from product where deleted_at is null")).rows[0].n
    const handle = (
      await db.query("select handle from product where status = 'published' and deleted_at is null order by created_at limit 1")
    ).rows[0].handle
    const hits = (await ok(call(base, "GET", `/store/ocop/search?${SEARCHES[0]}`, { headers }))).count ?? "?"
    console.log(`• ${products} products; the first search finds ${hits}`)

    // One cart with one item, read again and again (a shopper's cart page).
    const { regions } = await ok(call(base, "GET", "/store/regions", { headers }))
    const { products: listed } = await ok(call(base, "GET", "/store/products?limit=1&fields=id,*variants", { headers }))
    const { cart } = await ok(call(base, "POST", "/store/carts", { headers, body: { region_id: regions[0].id } }))
    await ok(
      call(base, "POST", `/store/carts/${cart.id}/line-items`, {
        headers,
        body: { variant_id: listed[0].variants[0].id, quantity: 1 },
      })
    )
    const routes = [
      { name: "product detail", path: `/store/ocop/products/${handle}` },
      { name: "catalog first page", path: "/store/ocop/products?limit=24" },
      { name: "cart read", path: `/store/carts/${cart.id}` },
      { name: "regions", path: "/store/regions" },
    ]
    const get = async (url) => {
      const res = await fetch(`${base}${url}`, { headers, signal: AbortSignal.timeout(60_000) })
      await res.arrayBuffer()
      return res
    }
    const measureRoutes = () =>
      Promise.all(
        routes.map((route) =>
          measureCalls(
            async () => {
              const res = await get(route.path)
              if (!res.ok) throw new Error(`${route.path} answered ${res.status}`)
            },
            { concurrency: clientsPerRoute, durationMs, warmup: 0 }
          )
        )
      )
    /**
     * The most connections of the shop's processes open, and busy (in a query, or in a
     * transaction between queries), sampled every 200 ms.
     */
    const watchPool = () => {
      const most = { open: 0, busy: 0, busiest: [] }
      let stopped = false
      const sampling = (async () => {
        while (!stopped) {
          const { rows } = await db.query(
            "select count(*)::int as open, (count(*) filter (where state <> 'idle'))::int as busy from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()"
          )
          most.open = Math.max(most.open, rows[0].open)
          if (rows[0].busy > most.busy || !most.busiest.length) {
            most.busy = rows[0].busy
            // What held them at the busiest moment: state, wait and the statement's start.
            most.busiest = (
              await db.query(
                "select state, coalesce(wait_event_type || ':' || wait_event, '') as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 60) as query, count(*)::int as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle' group by 1, 2, 3 order by n desc"
              )
            ).rows
          }
          await new Promise((r) => setTimeout(r, 200))
        }
      })()
      return async () => {
        stopped = true
        await sampling
        return most
      }
    }

    for (const route of routes) for (let i = 0; i < 10; i++) await get(route.path)
    for (const q of SEARCHES) await get(`/store/ocop/search?${q}`)

    console.log(`• Idle: ${routes.length} routes × ${clientsPerRoute} clients, ${durationMs / 1000} s`)
    let t = Date.now()
    let pool = watchPool()
    let cpu = cpuMeter()
    const idle = await measureRoutes()
    const idleCpu = cpu()
    const idlePool = await pool()
    const idleLoop = await eventLoop(probeDir, serverPid, t, Date.now())

    console.log(`• The same during a burst of ${burstSize} concurrent searches`)
    const burst = { clients: burstSize, ok: 0, busy: 0, other: 0, latencies: [] }
    const deadline = performance.now() + durationMs
    t = Date.now()
    pool = watchPool()
    cpu = cpuMeter()
    const bursting = Promise.all(
      Array.from({ length: burstSize }, async (_, client) => {
        for (let n = client; performance.now() < deadline; n++) {
          const started = performance.now()
          const res = await get(`/store/ocop/search?${SEARCHES[n % SEARCHES.length]}`).catch(() => null)
          if (res?.status === 200) {
            burst.ok++
            burst.latencies.push(performance.now() - started)
          } else if (res?.status === 503) {
            burst.busy++
            // A polite client: it comes back when Retry-After says.
            const wait = Number(res.headers.get("retry-after") ?? 1) * 1000
            await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, deadline - performance.now()))))
          } else burst.other++
        }
      })
    )
    const during = await measureRoutes()
    await bursting
    const burstCpu = cpu()
    const burstPool = await pool()
    const burstLoop = await eventLoop(probeDir, serverPid, t, Date.now())
    burst.latencies.sort((a, b) => a - b)
    const at = (q) =>
      burst.latencies.length ? +burst.latencies[Math.min(burst.latencies.length - 1, Math.floor(q * burst.latencies.length))].toFixed(1) : null

    report = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
      build: "production (medusa build output: 1 API server + 1 worker, Redis; measured at the server, not through the proxy)",
      size: products,
      size_label: growTo ? "grown by bench-data" : "seeded shop",
      duration_s: durationMs / 1000,
      clients_per_route: clientsPerRoute,
      routes: routes.map((route, i) => ({
        name: route.name,
        path: route.path.replace(cart.id, ":id"),
        idle_p50_ms: idle[i].p50_ms,
        idle_p95_ms: idle[i].p95_ms,
        burst_p50_ms: during[i].p50_ms,
        burst_p95_ms: during[i].p95_ms,
        burst_failed: during[i].failed,
        ratio_p95: +(during[i].p95_ms / idle[i].p95_ms).toFixed(2),
      })),
      burst: {
        clients: burstSize,
        answered_200: burst.ok,
        answered_503: burst.busy,
        other: burst.other,
        p50_ms: at(0.5),
        p95_ms: at(0.95),
      },
      event_loop_delay_ms: { idle: idleLoop, burst: burstLoop },
      db_connections_max: { idle: idlePool, burst: burstPool },
      server_cpu_per_s: { idle: idleCpu, burst: burstCpu },
    }
  } finally {
    await db.end()
  }
  report.memory = processMemory(stack.processes)
  report.load_average = load.end()
} finally {
  await stack.stop()
  await rm(probeDir, { recursive: true, force: true })
}

const lines = [
  `# Isolation benchmark (${report.date})`,
  "",
  `${report.machine}; ${report.build}; ${report.size} products (${report.size_label}); client(s) per route: ${report.clients_per_route}, ${report.duration_s} s per phase; load average ${report.load_average.start.join("/")} at the start, ${report.load_average.end.join("/")} at the end.`,
  "",
  "| route | idle p50 / p95 ms | burst p50 / p95 ms | p95 ratio (goal ≤ 3) |",
  "| --- | --- | --- | --- |",
  ...report.routes.map(
    (r) => `| ${r.name} | ${r.idle_p50_ms} / ${r.idle_p95_ms} | ${r.burst_p50_ms} / ${r.burst_p95_ms} | ${r.ratio_p95} ${r.ratio_p95 <= 3 ? "✓" : "✗"} |`
  ),
  "",
  `The burst: ${report.burst.clients} clients searching for ${report.duration_s} s (a 503 waits its Retry-After): ${report.burst.answered_200} answered 200 (p50 ${report.burst.p50_ms} ms, p95 ${report.burst.p95_ms} ms), ${report.burst.answered_503} answered 503 busy, ${report.burst.other} other.`,
  `Server event-loop delay, worst second p99 / max: idle ${fmtLoop(report.event_loop_delay_ms.idle)}, burst ${fmtLoop(report.event_loop_delay_ms.burst)}. Database connections (most at once, open / busy): idle ${report.db_connections_max.idle.open} / ${report.db_connections_max.idle.busy}, burst ${report.db_connections_max.burst.open} / ${report.db_connections_max.burst.busy}. Server CPU (seconds per second): idle ${report.server_cpu_per_s.idle}, burst ${report.server_cpu_per_s.burst}.`,
  `At the burst's busiest moment the connections were: ${report.db_connections_max.burst.busiest.map((b) => `${b.n} × ${b.state}${b.wait ? ` (${b.wait})` : ""} \`${b.query}\``).join("; ") || "none busy"}.`,
  "",
  `RSS after the run: ${report.memory.map((m) => `${m.process} ${m.rss_mb} MB`).join(", ")}. The API server's V8 heap at the end of the burst: ${fmtHeap(report.event_loop_delay_ms.burst)} (the rest of its RSS is code, buffers and heap pages V8 keeps).`,
]
const resultsDir = path.join(root, "bench", "results")
await mkdir(resultsDir, { recursive: true })
const stamp = report.date.replace(/[:.]/g, "-")
await writeFile(path.join(resultsDir, `isolation-${stamp}.json`), JSON.stringify(report, null, 2) + "\n")
await writeFile(path.join(resultsDir, "isolation-latest.md"), lines.join("\n") + "\n")
console.log(`\n${lines.join("\n")}\n\nWritten to bench/results/isolation-${stamp}.json and isolation-latest.md`)

function fmtHeap(loop) {
  return loop?.heap_used_mb != null ? `${loop.heap_used_mb} MB in use of ${loop.heap_total_mb} MB` : "not recorded"
}

function fmtLoop(loop) {
  return loop ? `${loop.worst_p99_ms} / ${loop.max_ms} ms` : "not recorded"
}

/**
 * The probe's seconds, between `from` and `to`, for the server whose process group is
 * `pgid` (the node process of `medusa start`): the worst p99 and the max.
 */
async function eventLoop(dir, pgid, from, to) {
  // The probe writes once a second: wait for the second that holds `to`.
  await new Promise((r) => setTimeout(r, 1100))
  const pids = new Set([pgid, ...(groupMembers(pgid) ?? [])].map((pid) => `${pid}.jsonl`))
  const names = (await readdir(dir)).filter((f) => pids.has(f))
  if (!names.length) return null
  const seconds = (await Promise.all(names.map((name) => readFile(path.join(dir, name), "utf8"))))
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => s.t > from && s.t <= to + 1000)
  if (!seconds.length) return null
  return {
    worst_p99_ms: Math.max(...seconds.map((s) => s.p99_ms)),
    max_ms: Math.max(...seconds.map((s) => s.max_ms)),
    median_p50_ms: seconds.map((s) => s.p50_ms).sort((a, b) => a - b)[Math.floor(seconds.length / 2)],
    // The V8 heap in the phase's last second (older probes did not write it).
    heap_used_mb: seconds.at(-1).heap_used_mb ?? null,
    heap_total_mb: seconds.at(-1).heap_total_mb ?? null,
  }
}

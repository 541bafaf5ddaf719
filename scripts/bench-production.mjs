#!/usr/bin/env node
// npm run bench, production part: the build output with 1 and then 2 API servers
// (plus one worker) behind the round-robin proxy, on one PostgreSQL and Redis.
// Measures the OCOP listing and cart completion throughput and reports 2-vs-1
// ratios. Needs REDIS_URL (several processes share events, locks and jobs
// through it); without it, says so and measures nothing.
import { mkdir, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
import { loadSpan } from "./lib/load-average.mjs"
import { measure } from "./lib/load.mjs"
import { processMemory } from "./lib/process-memory.mjs"
import { adminHeaders, call, ok, readyCart, stockedVariants } from "./lib/shop-client.mjs"
import { root, startStack } from "./lib/stack.mjs"

const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
const carts = Number(process.env.BENCH_CARTS ?? 48)
const port = Number(process.env.BENCH_PRODUCTION_PORT ?? Number(process.env.BENCH_PORT ?? 9400) + 50)

if (!process.env.REDIS_URL) {
  console.log("\n⚠  REDIS_URL is not set: the production benchmark (1 vs 2 servers on Redis) is skipped.")
  process.exit(0)
}
const redisUrl = new URL(process.env.REDIS_URL)
redisUrl.pathname = "/15"
const dataDir = path.join(root, ".data", "bench-production-postgres")
await rm(dataDir, { recursive: true, force: true })

const load = loadSpan()
const results = []
for (const servers of [1, 2]) {
  const redis = new Redis(redisUrl.toString())
  await redis.flushdb()
  await redis.quit()
  console.log(`\n━━ production backend with ${servers} server(s) + 1 worker`)
  const stack = await startStack({
    dataDir,
    backendPort: port,
    storefrontPort: port + 10,
    backendMode: "production",
    servers,
    workers: 1,
    firstInternalPort: port + 1,
    storefront: false,
    stdio: "ignore",
    extraEnv: { REDIS_URL: redisUrl.toString(), LOG_LEVEL: "warn" },
  })
  try {
    const base = stack.backendUrl
    const headers = { "x-publishable-api-key": stack.publishableKey }
    const listing = await measure(`${base}/store/ocop/products?limit=24`, {
      headers,
      concurrency,
      durationMs,
    })
    console.log(`  listing: ${listing.throughput_rps} req/s, p50 ${listing.p50_ms} ms, p95 ${listing.p95_ms} ms`)

    // Enough stock that every completion can succeed: this measures throughput, not refusals.
    const variants = await stockedVariants(base, 8)
    console.log(`  preparing ${carts} carts…`)
    const ready = []
    for (let i = 0; i < carts; i++) {
      ready.push(await readyCart({ publishableKey: stack.publishableKey, variantId: variants[i % variants.length].id, pick: () => base }))
    }
    const latencies = []
    let failed = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let cart = ready.pop(); cart; cart = ready.pop()) {
          const t = performance.now()
          const reply = await call(base, "POST", `/store/carts/${cart.cartId}/complete`, { headers: cart.headers })
          if (reply.status === 200 && reply.body?.type === "order") latencies.push(performance.now() - t)
          else failed++
        }
      })
    )
    const elapsed = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const at = (q) => +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1)
    const completion = {
      orders: latencies.length,
      failed,
      throughput_ops: +(latencies.length / elapsed).toFixed(2),
      p50_ms: at(0.5),
      p95_ms: at(0.95),
    }
    console.log(`  cart completion: ${completion.throughput_ops} orders/s, p50 ${completion.p50_ms} ms, p95 ${completion.p95_ms} ms, ${failed} failed`)
    results.push({ servers, listing, completion, memory: processMemory(stack.processes) })
  } finally {
    await stack.stop()
  }
}
await rm(dataDir, { recursive: true, force: true })

const [one, two] = results
const ratio = (a, b) => +(b / a).toFixed(2)
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`
const report = {
  date: new Date().toISOString(),
  machine,
  concurrency,
  duration_s: durationMs / 1000,
  carts,
  load_average: load.end(),
  results,
  ratios_2_vs_1: {
    listing_throughput: ratio(one.listing.throughput_rps, two.listing.throughput_rps),
    completion_throughput: ratio(one.completion.throughput_ops, two.completion.throughput_ops),
  },
}
const lines = [
  `| servers | listing req/s | listing p50 / p95 ms | orders/s | completion p50 / p95 ms |`,
  `|---|---|---|---|---|`,
  ...results.map(
    (r) =>
      `| ${r.servers} | ${r.listing.throughput_rps} | ${r.listing.p50_ms} / ${r.listing.p95_ms} | ${r.completion.throughput_ops} | ${r.completion.p50_ms} / ${r.completion.p95_ms} |`
  ),
  "",
  `2 servers vs 1: listing ×${report.ratios_2_vs_1.listing_throughput}, cart completion ×${report.ratios_2_vs_1.completion_throughput}.`,
  ...explain(report.ratios_2_vs_1.listing_throughput),
]
const resultsDir = path.join(root, "bench", "results")

/** What the listing ratio says about this machine: at most one core per server is there to gain. */
function explain(listingRatio) {
  const cores = os.cpus().length
  const common = `Both runs share ${cores} cores among the servers, the worker, PostgreSQL, Redis and the load generator.`
  if (listingRatio > cores * 1.1) {
    return [
      common,
      `A gain above ×${cores} cannot come from ${cores} cores: the 1-server run was slowed by other work on the machine.`,
      "Re-run on an idle machine for a ratio to quote.",
    ]
  }
  if (listingRatio < 1.3) {
    return [
      common,
      "A second server adds a process, not a core, so the gain is small: this machine is CPU-bound with one server.",
      "On a host with a core per server the listing scales with the servers until PostgreSQL is the limit.",
    ]
  }
  return [
    common,
    "One Node process cannot use both cores (its event loop is single-threaded); the second server puts the idle core to work.",
    "Cart completion scales less: it serialises on the cart's lock, the inventory locks (Redis) and PostgreSQL.",
  ]
}
await mkdir(resultsDir, { recursive: true })
const stamp = report.date.replace(/[:.]/g, "-")
await writeFile(path.join(resultsDir, `production-${stamp}.json`), JSON.stringify(report, null, 2) + "\n")
await writeFile(
  path.join(resultsDir, "production-latest.md"),
  `# Production benchmark (${report.date})\n\n${machine}; ${concurrency} concurrent clients, ${durationMs / 1000} s listing, ${carts} carts.\n\n${lines.join("\n")}\n`
)
console.log(`\n${lines.join("\n")}\n\nWritten to bench/results/production-${stamp}.json and production-latest.md`)

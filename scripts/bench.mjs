#!/usr/bin/env node
// npm run bench: the OCOP catalog endpoint against Medusa's own /store/products on
// the same data, at 1k and 10k products, in one run on a throwaway database.
// Sizes, duration and concurrency: BENCH_SIZES=1000,10000 BENCH_SECONDS=10 BENCH_CONCURRENCY=8.
// BENCH_SCENARIOS=search measures the search route only (and the vanilla baseline)
// and reports to bench/results/search-*: large catalogs take long to grow.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { execFile } from "node:child_process"
import { promisify } from "node:util"
import pg from "pg"
import { measureCart } from "./lib/cart-scenarios.mjs"
import { growCatalogByCopies } from "./lib/catalog-copies.mjs"
import { loadSpan } from "./lib/load-average.mjs"
import { measure } from "./lib/load.mjs"
import { processMemory } from "./lib/process-memory.mjs"
import { run } from "./lib/run.mjs"
import { root, startStack } from "./lib/stack.mjs"

const execFileAsync = promisify(execFile)

/**
 * Runs a step again when it failed: on a shared working tree another
 * `medusa plugin:build` may be replacing the plugin's build at that moment.
 * Both steps retried (growing the catalog, reindexing) are idempotent.
 */
async function retried(step, attempts = 4) {
  for (let i = 1; ; i++) {
    try {
      return await step()
    } catch (error) {
      if (i >= attempts) throw error
      console.log(`  (failed: ${error.message.split("\n")[0]}; again in 30 s)`)
      await new Promise((r) => setTimeout(r, 30_000))
    }
  }
}
const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number)
const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
// Sequential requests before each scenario; a slow scenario at 50k can take
// seconds a request, so the index-only phase may warm up with fewer.
const warmup = Number(process.env.BENCH_WARMUP ?? 30)
const indexOnlyWarmup = Number(process.env.BENCH_INDEX_WARMUP ?? warmup)
const runLoad = loadSpan()
const port = Number(process.env.BENCH_PORT ?? 9400)
const searchOnly = process.env.BENCH_SCENARIOS === "search"
// BENCH_SCENARIOS=catalog measures the OCOP catalog only (and the vanilla baseline).
const catalogOnly = process.env.BENCH_SCENARIOS === "catalog"
// Search index sizes beyond the catalog: growing products through workflows takes
// about an hour per 10k here, so the largest index is the last catalog's documents
// copied under new ids (BENCH_INDEX_SIZES=50000; search scenarios only).
const indexSizes = (process.env.BENCH_INDEX_SIZES ?? "")
  .split(",")
  .filter(Boolean)
  .map(Number)
// Catalog sizes beyond the workflow-made ones, reached by SQL copies of the synthetic
// products (BENCH_COPY_SIZES=50000): the OCOP catalog scenarios, add to cart and cart
// completion are measured there, and the cart ones at every size.
const copySizes = (process.env.BENCH_COPY_SIZES ?? "")
  .split(",")
  .filter(Boolean)
  .map(Number)

const allScenarios = [
  { name: "ocop: first page", path: "/store/ocop/products?limit=24" },
  {
    name: "ocop: 4★+, An Giang, sorted by price",
    path: "/store/ocop/products?min_stars=4&province=91&order=price&limit=24",
  },
  {
    name: "ocop: stars 5 + category 08",
    path: "/store/ocop/products?stars=5&category=08&limit=24",
  },
  {
    name: "ocop: text search",
    path: "/store/ocop/products?q=kho%20ca&limit=24",
  },
  // Search Module (PostgreSQL provider) through GET /store/ocop/search
  { name: "search: text", path: "/store/ocop/search?q=kho%20ca&limit=24" },
  {
    name: "search: text + 4★+, An Giang, in stock",
    path: "/store/ocop/search?q=kho%20ca&min_stars=4&province=91&in_stock=true&limit=24",
  },
  {
    name: "search: filters, no text",
    path: "/store/ocop/search?min_stars=4&province=91&in_stock=true&limit=24",
  },
  { name: "search: typo", path: "/store/ocop/search?q=palmnia&limit=24" },
  {
    name: "search: typo, two words wrong",
    path: "/store/ocop/search?q=nuoc%20khaong%20thien%20nhein&limit=24",
  },
  {
    name: "search: typo + 4★+, An Giang",
    path: "/store/ocop/search?q=mat%20ong%20hao%20tram&min_stars=4&province=91&limit=24",
  },
  {
    name: "search: nothing matches (near)",
    path: "/store/ocop/search?q=qqqqzzz%20wwwxx&limit=24",
  },
  {
    name: "search: typeahead",
    path: "/store/ocop/search?q=duong%20thot%20n&suggest=true&limit=6",
  },
  {
    name: "vanilla /store/products",
    path: "/store/products?limit=24",
    baseline: true,
  },
  {
    name: "vanilla + OCOP link fields",
    path: "/store/products?limit=24&fields=%2Bcertifications.*,%2Bproducer.*",
  },
]

const scenarios = searchOnly
  ? allScenarios.filter((s) => s.name.startsWith("search") || s.baseline)
  : catalogOnly
    ? allScenarios.filter((s) => s.name.startsWith("ocop:") || s.baseline)
    : allScenarios

// BENCH_REPORT=search rewrites search-latest.md from the search-*.json already there.
if (process.env.BENCH_REPORT === "search") {
  const dir = path.join(root, "bench", "results")
  await writeFile(path.join(dir, "search-latest.md"), await searchReport(dir))
  process.exit(0)
}

// Production-like: no admin bundle, no file watcher.
process.env.MEDUSA_ADMIN_DISABLED = "true"
const stack = await startStack({
  dataDir: path.join(root, ".data", `bench-postgres-${process.pid}`),
  throwawayDatabase: true,
  databaseUrl: process.env.DATABASE_URL,
  backendPort: port,
  storefrontPort: port + 1,
  backendMode: "start",
  // The storefront is built and served too: its pages are measured last.
  storefront: !searchOnly && !catalogOnly && process.env.BENCH_STOREFRONT !== "off",
  // BENCH_VERBOSE=1 shows the backend's own log (why it did not start, say).
  stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
})
const headers = { "x-publishable-api-key": stack.publishableKey }

/** One scenario with `concurrency` clients for `durationMs`, printed as it ends. */
async function measureScenario(scenario, warmupRequests) {
  process.stdout.write(`  ${scenario.name} … `)
  const r = await measure(`${stack.backendUrl}${scenario.path}`, {
    headers,
    concurrency,
    durationMs,
    warmup: warmupRequests,
  })
  console.log(`p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, ${r.throughput_rps} req/s`)
  return r
}
const results = []
const storefront = { pages: [], lighthouse: [] }
// Time of a full search reindex after each growth, for index build time vs N.
const builds = []
// The load average at the start and end of each size, and the processes' RSS at the end.
const loads = []
let memory = []
try {
  for (const size of sizes) {
    const load = loadSpan()
    console.log(`\n• Growing the catalog to ${size} products…`)
    await retried(() =>
      run(
        path.join(root, "node_modules", ".bin", "medusa"),
        ["exec", "./src/scripts/bench-data.ts"],
        {
          cwd: path.join(root, "backend"),
          env: {
            DATABASE_URL: stack.databaseUrl,
            BENCH_TOTAL: String(size),
            MEDUSA_DISABLE_TELEMETRY: "true",
          },
        }
      )
    )
    // A shop's tables carry planner statistics; freshly bulk-loaded ones do not until
    // autovacuum gets to them, and nested-loop plans on empty statistics would measure that.
    const client = new pg.Client({ connectionString: stack.databaseUrl })
    await client.connect()
    await client.query("analyze")
    await client.end()
    // bench-data bulk-inserts without events, so the search index is rebuilt in full.
    process.stdout.write("  search index: full reindex … ")
    let started = Date.now()
    const { stdout } = await retried(() => {
      started = Date.now()
      return execFileAsync(
        path.join(root, "node_modules", ".bin", "medusa"),
        ["exec", "./src/scripts/reindex-search.ts"],
        {
          cwd: path.join(root, "backend"),
          env: {
            ...process.env,
            DATABASE_URL: stack.databaseUrl,
            MEDUSA_DISABLE_TELEMETRY: "true",
          },
          maxBuffer: 64 * 1024 * 1024,
        }
      )
    })
    const build_s = +((Date.now() - started) / 1000).toFixed(1)
    // The script's own figure: the reindex and the vocabulary, without start-up.
    const reindex_s = Number(
      /Reindexed .* in ([\d.]+) s/.exec(stdout)?.[1] ?? NaN
    )
    builds.push({ size, build_s, reindex_s })
    console.log(`${reindex_s} s (${build_s} s with medusa exec start-up)`)
    for (const scenario of scenarios) {
      results.push({ size, ...scenario, ...(await measureScenario(scenario, warmup)) })
    }
    if (copySizes.length) await measureCartAt(size)
    loads.push({ size, ...load.end() })
  }
  for (const size of copySizes) {
    const load = loadSpan()
    console.log(`\n• Growing the catalog to ${size} products by SQL copies…`)
    await growCatalogByCopies(stack.databaseUrl, size)
    for (const scenario of scenarios.filter((s) => s.name.startsWith("ocop:"))) {
      // A listing slower than the read statement timeout answers 5xx: a finding, kept.
      const r = await measureScenario(scenario, indexOnlyWarmup).catch((error) => {
        console.log(`failed: ${error.message.split("\n")[0]}`)
        return { p50_ms: "failed", p95_ms: error.message.slice(0, 80), throughput_rps: 0 }
      })
      results.push({ size, sql_copies: true, ...scenario, ...r })
    }
    await measureCartAt(size, true)
    loads.push({ size, sql_copies: true, ...load.end() })
  }
  for (const size of indexSizes) {
    const load = loadSpan()
    console.log(`\n• Copying search documents to ${size} (index only)…`)
    await growSearchIndexByCopies(stack.databaseUrl, size)
    builds.push({ size, build_s: null, reindex_s: null, index_only: true })
    for (const scenario of scenarios.filter((s) => !s.baseline)) {
      results.push({ size, index_only: true, ...scenario, ...(await measureScenario(scenario, indexOnlyWarmup)) })
    }
    loads.push({ size, index_only: true, ...load.end() })
  }
  if (stack.storefrontUrl) {
    console.log(`\n• Storefront on the ${sizes.at(-1)}-product catalog`)
    const env = { ...process.env, STOREFRONT_URL: stack.storefrontUrl }
    const script = (name) => path.join(root, "storefront", "scripts", name)
    storefront.pages = JSON.parse(
      (await execFileAsync(process.execPath, [script("bench.mjs")], { env }))
        .stdout
    ).results
    storefront.lighthouse = JSON.parse(
      (
        await execFileAsync(process.execPath, [script("lighthouse.mjs")], {
          env,
        })
      ).stdout
    ).results
  }
  memory = processMemory(stack.processes)
} finally {
  await stack.stop()
}

async function measureCartAt(size, sql_copies = false) {
  const { addToCart, completion } = await measureCart(
    stack.backendUrl,
    stack.publishableKey,
    { concurrency, durationMs, carts: 3 * concurrency }
  )
  for (const [name, r] of [
    ["cart: add to cart", addToCart],
    ["cart: COD cart completed", completion],
  ]) {
    console.log(`  ${name} … p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, ${r.throughput_rps}/s`)
    results.push({ size, ...(sql_copies ? { sql_copies } : {}), name, ...r })
  }
}

for (const size of sizes) {
  const baseline = results.find((r) => r.size === size && r.baseline)
  for (const r of results.filter((r) => r.size === size && baseline)) {
    r.p50_vs_vanilla = +(r.p50_ms / baseline.p50_ms).toFixed(2)
    r.throughput_vs_vanilla = +(
      r.throughput_rps / baseline.throughput_rps
    ).toFixed(2)
  }
}

const lines = [
  `| products | scenario | p50 ms | p95 ms | req/s | p50 ÷ vanilla | req/s ÷ vanilla |`,
  `|---:|---|---:|---:|---:|---:|---:|`,
  ...results.map(
    (r) =>
      `| ${r.size}${r.sql_copies ? " (SQL copies)" : ""} | ${r.name} | ${r.p50_ms} | ${r.p95_ms} | ${r.throughput_rps} | ${r.p50_vs_vanilla ?? "–"} | ${r.throughput_vs_vanilla ?? "–"} |`
  ),
  "",
  ...(storefront.pages.length
    ? [
        "",
        `Storefront (${sizes.at(-1)} products): server render and JavaScript shipped, Lighthouse 12.2.3 (mobile) scores`,
        "",
        `| page | TTFB p50 ms | TTFB p95 ms | JS gzip KB | performance | accessibility | LCP ms |`,
        `|---|---:|---:|---:|---:|---:|---:|`,
        ...storefront.pages.map((p) => {
          const lh = storefront.lighthouse.find((l) => l.page === p.page) ?? {}
          return `| ${p.page} | ${p.p50_ms} | ${p.p95_ms} | ${p.js_gzip_kb} | ${lh.performance ?? "–"} | ${lh.accessibility ?? "–"} | ${lh.lcp_ms ?? "–"} |`
        }),
      ]
    : []),
  "",
  `Search index full reindex (\`medusa exec\`, start-up included): ${builds
    .map((b) => `${b.size} products ${b.build_s} s`)
    .join(", ")}`,
]
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const resultsDir = path.join(root, "bench", "results")
await mkdir(resultsDir, { recursive: true })
const report = {
  date: new Date().toISOString(),
  machine,
  // What else the machine was doing, in the report's words (BENCH_NOTE), and its load.
  note: [
    process.env.BENCH_NOTE,
    `load average (1/5/15 min) ${runLoad.start.join("/")} at the start, ${runLoad.end().end.join("/")} at the end`,
  ]
    .filter(Boolean)
    .join("; "),
  concurrency,
  duration_s: durationMs / 1000,
  results,
  search_index_builds: builds,
  storefront,
  load_by_size: loads,
  memory,
}
const prefix = searchOnly ? "search" : "catalog"
await writeFile(
  path.join(resultsDir, `${prefix}-${stamp}.json`),
  JSON.stringify(report, null, 2) + "\n"
)
if (searchOnly) {
  await writeFile(
    path.join(resultsDir, "search-latest.md"),
    await searchReport(resultsDir)
  )
} else {
  await writeFile(
    path.join(resultsDir, "catalog-latest.md"),
    `# Catalog benchmark (${report.date})\n\n${machine}; ${concurrency} concurrent clients, ${durationMs / 1000} s per scenario.\n\n${lines.join("\n")}\n`
  )
}
console.log(
  `\n${lines.join("\n")}\n\nWritten to bench/results/${prefix}-${stamp}.json and ${prefix}-latest.md`
)

/** Copies the active `ocop_product` index's documents under new ids until it holds `target`. */
async function growSearchIndexByCopies(databaseUrl, target) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select p.table_name from search_index i
       join search_index_version v on v.search_index_id = i.id and v.status = 'ready' and v.deleted_at is null
       join search_postgres_index p on p.name = v.physical_name
       where i.name = 'ocop_product' and i.deleted_at is null
       order by v.version desc limit 1`
    )
    const table = rows[0].table_name
    const [{ count }] = (
      await client.query(`select count(*)::int as count from "${table}"`)
    ).rows
    const copies = Math.ceil(target / count) - 1
    await client.query(
      `insert into "${table}" (id, document, indexed, search_vector, search_text)
       select c.id, jsonb_set(t.document, '{id}', to_jsonb(c.id)),
              jsonb_set(t.indexed, '{id}', to_jsonb(c.id)), t.search_vector, t.search_text
       from "${table}" t, generate_series(1, $1::int) g,
            lateral (select t.id || '_copy' || g as id) c
       order by g, t.id
       limit $2`,
      [copies, target - count]
    )
    await client.query(
      `update search_postgres_index set document_count = (select count(*) from "${table}") where table_name = $1`,
      [table]
    )
    await client.query(`analyze "${table}"`)
    // The narrow copy of its filter fields, filled by triggers as the copies went in.
    const filters = await client.query(`select to_regclass($1) is not null as found`, [`"${table}_filters"`])
    if (filters.rows[0].found) await client.query(`analyze "${table}_filters"`)
  } finally {
    await client.end()
  }
}

/**
 * The search report: for each catalog size, the latest search-only run that
 * measured it (sizes are run separately because large ones take long to grow).
 */
async function searchReport(dir) {
  const runs = []
  for (const file of (await readdir(dir))
    .filter((f) => /^search-\d.*\.json$/.test(f))
    .sort())
    runs.push(JSON.parse(await readFile(path.join(dir, file), "utf8")))
  const bySize = new Map()
  for (const r of runs)
    for (const b of r.search_index_builds)
      bySize.set(b.size, { run: r, build: b })
  const rows = []
  const builds = []
  for (const [size, { run: r, build }] of [...bySize].sort(
    (a, b) => a[0] - b[0]
  )) {
    for (const x of r.results.filter((x) => x.size === size))
      rows.push(
        `| ${size}${x.index_only ? " (index only)" : ""} | ${x.name} | ${x.p50_ms} | ${x.p95_ms} | ${x.throughput_rps} | ${x.p50_vs_vanilla ?? "–"} | ${r.date.slice(0, 16)}Z, ${r.duration_s} s × ${r.concurrency} |`
      )
    if (!build.index_only)
      builds.push(
        `| ${size} | ${build.reindex_s} | ${build.build_s} | ${+((build.reindex_s / size) * 1000).toFixed(2)} |`
      )
  }
  return [
    "# Search benchmark (`BENCH_SCENARIOS=search npm run bench`)",
    "",
    `${runs.at(-1)?.machine}. \`GET /store/ocop/search\` on the Search Module's PostgreSQL provider, synthetic OCOP products; vanilla \`GET /store/products?limit=24\` as the baseline. "Index only": the largest catalog's documents copied under new ids (the catalog itself not grown), so search runs over that many documents while facet labels and the vanilla baseline still see the smaller catalog.`,
    "",
    ...[...new Set([...bySize.values()].map((v) => v.run))]
      .filter((r) => r.note)
      .map((r) => `Run of ${r.date.slice(0, 16)}Z: ${r.note}\n`),
    "| products | scenario | p50 ms | p95 ms | req/s | p50 ÷ vanilla | run |",
    "|---:|---|---:|---:|---:|---:|---|",
    ...rows,
    "",
    "Full reindex (`npm run reindex`: every document rebuilt and swapped in, plus the typo vocabulary):",
    "",
    "| products | reindex s | with medusa exec start-up s | ms per product |",
    "|---:|---:|---:|---:|",
    ...builds,
    "",
  ].join("\n")
}

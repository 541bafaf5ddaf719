#!/usr/bin/env node
// npm run bench, sales points: counter-sale throughput (one point, and spread over
// the seeded points), transfer throughput (send + the receiver's confirmation), and
// the storefront's "available at" lookup (GET /store/ocop/sales-points?product_id=)
// on the seeded shop and again with 10 points × 10k products, on a throwaway database.
// BENCH_SECONDS=10 per scenario, BENCH_SP_PRODUCTS=10000, BENCH_SP_POINTS=10,
// BENCH_CONCURRENCY=8 (the lookup), BENCH_SP_PORT=9500. BENCH_SP_ONLY=counter runs the
// counter sales alone and writes sales-points-counter-<date>.json, leaving the latest report.
import { mkdir, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { loadSpan } from "./lib/load-average.mjs"
import { measure, measureCalls } from "./lib/load.mjs"
import { processMemory } from "./lib/process-memory.mjs"
import { adminHeaders, call, ok } from "./lib/shop-client.mjs"
import { root, startStack } from "./lib/stack.mjs"

const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const productTarget = Number(process.env.BENCH_SP_PRODUCTS ?? 10_000)
const pointTarget = Number(process.env.BENCH_SP_POINTS ?? 10)
const lookupConcurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
const port = Number(process.env.BENCH_SP_PORT ?? 9500)
// Levels per request to Medusa's batch route: 1000 took over a minute (the client's
// timeout) on a shared 2-core machine under load, so smaller batches by default.
const LEVEL_BATCH = Number(process.env.BENCH_SP_LEVEL_BATCH ?? 200)
// 100k levels through that route take over an hour here; by default they are SQL
// copies of a seeded level (BENCH_SP_LEVELS=api sends them through Medusa instead).
const LEVELS_THROUGH_API = process.env.BENCH_SP_LEVELS === "api"
const COUNTER_ONLY = process.env.BENCH_SP_ONLY === "counter"

/** Every (item, point) pair without a level, with a stable pseudo-random quantity 0–39. */
const MISSING_LEVELS = `select ii.id as inventory_item_id, spl.stock_location_id as location_id,
         ((hashtext(ii.id || spl.stock_location_id) & 1023) % 40)::int as stocked_quantity
  from inventory_item ii
  cross join ocop_sales_point_stock_location spl
  where ii.deleted_at is null and spl.deleted_at is null
    and not exists (select 1 from inventory_level il
      where il.inventory_item_id = ii.id and il.location_id = spl.stock_location_id and il.deleted_at is null)`

process.env.MEDUSA_ADMIN_DISABLED = "true"
const load = loadSpan()
const stack = await startStack({
  dataDir: path.join(root, ".data", `bench-sp-postgres-${process.pid}`),
  throwawayDatabase: true,
  databaseUrl: process.env.DATABASE_URL,
  backendPort: port,
  storefrontPort: port + 1,
  backendMode: "start",
  storefront: false,
  stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
})
const base = stack.backendUrl
const store = { "x-publishable-api-key": stack.publishableKey }
const results = []
const growth = {}
let memory = []

const staffHeaders = async (login) => {
  const { token } = await ok(
    call(base, "POST", "/auth/sales_point_staff/emailpass", {
      body: { email: login.email, password: login.password },
    })
  )
  return { authorization: `Bearer ${token}` }
}
const post = async (url, headers, body) => {
  const { status, body: reply } = await call(base, "POST", url, {
    headers,
    body,
  })
  if (status >= 300) throw new Error(`${url} ${status}: ${reply?.message}`)
  return reply
}
const point = (id, rest) => `/sales-point/points/${id}${rest}`
const report = (scenario, r) => {
  console.log(
    `  ${scenario.name} … p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, ${r.throughput_rps}/s` +
      (r.failed ? `, ${r.failed} refused (${r.first_error})` : "")
  )
  results.push({ ...scenario, ...r })
}

try {
  // One staff login per seeded point, each with a product it sells a lot of.
  const counters = []
  for (const login of stack.staff) {
    const headers = await staffHeaders(login)
    const { stock } = await ok(
      call(base, "GET", point(login.sales_point_id, "/stock?limit=200"), {
        headers,
      })
    )
    counters.push({ id: login.sales_point_id, headers, stock })
  }
  // Spread: point i sells the i-th product of its list, so no two points share an
  // inventory item (the stock lock is per item, at every location).
  counters.forEach((c, i) => {
    c.variant = c.stock[i % c.stock.length].variant_id
  })
  for (const c of counters) {
    await post(point(c.id, "/adjust"), c.headers, {
      variant_id: c.variant,
      adjustment: 100_000,
      reason: "count_correction",
      note: "benchmark stock",
    })
  }
  const sell = (c) =>
    post(point(c.id, "/sales"), c.headers, {
      items: [{ variant_id: c.variant, quantity: 1 }],
      payment_method: "cash",
    })

  console.log("\n• Counter sales")
  for (const concurrency of [1, 8]) {
    report(
      { group: "counter sale", name: `one point, ${concurrency} at once`, concurrency },
      await measureCalls(() => sell(counters[0]), { concurrency, durationMs })
    )
    report(
      {
        group: "counter sale",
        name: `${counters.length} points, ${concurrency} at once`,
        concurrency,
      },
      await measureCalls((client) => sell(counters[client % counters.length]), {
        concurrency,
        durationMs,
      })
    )
  }

  if (!COUNTER_ONLY) {
    console.log("\n• Transfers (send, then the receiver confirms)")
    const [from, to] = counters
    const transfer = async () => {
      const { transfers } = await post(point(from.id, "/transfers"), from.headers, {
        to_sales_point_id: to.id,
        variant_id: from.variant,
        quantity: 1,
      })
      for (const t of transfers)
        await post(point(to.id, `/transfers/${t.id}/receive`), to.headers, {})
    }
    for (const concurrency of [1, 8]) {
      report(
        { group: "transfer", name: `send + confirm, ${concurrency} at once`, concurrency },
        await measureCalls(transfer, { concurrency, durationMs })
      )
    }

    // The lookup on the seeded shop first, for the ratio.
    const seededProduct = await firstStockedProduct(stack.databaseUrl)
    const lookup = async (size, points, productId, label) => {
      const r = await measure(
        `${base}/store/ocop/sales-points?product_id=${productId}`,
        { headers: store, concurrency: lookupConcurrency, durationMs }
      )
      report(
        {
          group: "available at",
          name: `${points} points × ${size} products, ${label}`,
          concurrency: lookupConcurrency,
          products: size,
          points,
        },
        r
      )
    }
    console.log("\n• \"Available at\" lookup")
    const seeded = await counts(stack.databaseUrl)
    await lookup(seeded.products, seeded.points, seededProduct, "seeded product")

    console.log(`\n• Growing to ${pointTarget} points × ${productTarget} products…`)
    // A growth that fails (a timeout on a loaded machine) still leaves the figures above.
    try {
      const admin = await adminHeaders(base)
      for (let i = seeded.points; i < pointTarget; i++) {
        await post("/admin/ocop/sales-points", admin, {
          name: `Điểm bán đo hiệu năng ${i + 1}`,
          handle: `bench-point-${i + 1}`,
          kind: "point",
          address: `${i + 1} Đường Đo Hiệu Năng`,
          commune_code: "30307",
          is_illustrative: true,
        })
      }
      let started = Date.now()
      await copyProducts(stack.databaseUrl, productTarget)
      growth.products_sql_s = +((Date.now() - started) / 1000).toFixed(1)
      started = Date.now()
      if (LEVELS_THROUGH_API) {
        const levels = await missingLevels(stack.databaseUrl)
        for (let i = 0; i < levels.length; i += LEVEL_BATCH) {
          await post("/admin/inventory-items/location-levels/batch", admin, {
            create: levels.slice(i, i + LEVEL_BATCH),
          })
        }
        growth.levels = levels.length
      } else {
        growth.levels = await insertMissingLevels(stack.databaseUrl)
      }
      growth.levels_via = LEVELS_THROUGH_API ? "api" : "sql"
      growth.levels_api_s = +((Date.now() - started) / 1000).toFixed(1)
      await analyze(stack.databaseUrl)
      const grown = await counts(stack.databaseUrl)
      console.log(
        `  ${grown.products} products (copies by SQL in ${growth.products_sql_s} s), ${growth.levels} inventory levels (${growth.levels_via}) in ${growth.levels_api_s} s`
      )
      await lookup(grown.products, grown.points, seededProduct, "seeded product")
      await lookup(
        grown.products,
        grown.points,
        await lastCopiedProduct(stack.databaseUrl),
        "synthetic product"
      )
    } catch (error) {
      growth.error = error.message
      console.log(`  growth stopped: ${error.message}`)
    }
  }
  memory = processMemory(stack.processes)
} finally {
  await stack.stop()
}

const find = (group, name) =>
  results.find((r) => r.group === group && r.name.startsWith(name))
const ratio = (a, b) => (a && b ? +(a / b).toFixed(2) : null)
const oneAt1 = find("counter sale", "one point, 1")
const oneAt8 = find("counter sale", "one point, 8")
const spreadAt8 = results.find(
  (r) => r.group === "counter sale" && r.concurrency === 8 && r !== oneAt8
)
const lookups = results.filter((r) => r.group === "available at")
const ratios = {
  counter_sales_8_vs_1_one_point: ratio(oneAt8?.throughput_rps, oneAt1?.throughput_rps),
  counter_sales_spread_vs_one_point_at_8: ratio(
    spreadAt8?.throughput_rps,
    oneAt8?.throughput_rps
  ),
  transfers_8_vs_1: ratio(
    find("transfer", "send + confirm, 8")?.throughput_rps,
    find("transfer", "send + confirm, 1")?.throughput_rps
  ),
  lookup_p50_grown_vs_seeded: ratio(lookups[1]?.p50_ms, lookups[0]?.p50_ms),
  lookup_p95_grown_vs_seeded: ratio(lookups[1]?.p95_ms, lookups[0]?.p95_ms),
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`
const date = new Date().toISOString()
const resultsDir = path.join(root, "bench", "results")
await mkdir(resultsDir, { recursive: true })
const reportJson = {
  date,
  machine,
  duration_s: durationMs / 1000,
  results,
  ratios,
  growth,
  load_average: load.end(),
  memory,
}
const stamp = date.replace(/[:.]/g, "-")
const prefix = COUNTER_ONLY ? "sales-points-counter" : "sales-points"
await writeFile(
  path.join(resultsDir, `${prefix}-${stamp}.json`),
  JSON.stringify(reportJson, null, 2) + "\n"
)
const lines = [
  `# Sales points benchmark (${date})`,
  "",
  `${machine}; ${durationMs / 1000} s per scenario, closed loop (each client sends its next request when the last one answered). Production build (\`medusa start\`), in-process locking and workflow engine, one backend process.`,
  "",
  "| group | scenario | done/s | p50 ms | p95 ms | refused |",
  "|---|---|---:|---:|---:|---:|",
  ...results.map(
    (r) =>
      `| ${r.group} | ${r.name} | ${r.throughput_rps} | ${r.p50_ms} | ${r.p95_ms} | ${r.failed ?? 0} |`
  ),
  "",
  "Ratios:",
  "",
  ...Object.entries(ratios).map(([k, v]) => `- ${k}: ${v}`),
  "",
  "How the data was grown: the extra sales points through `POST /admin/ocop/sales-points`; the products as SQL copies of one seeded product (product, variant, inventory item and their link rows under new ids; no prices, certificates or search documents), because creating 10k products through `createProductsWorkflow` takes about an hour here; every point's inventory level of every item " +
    (LEVELS_THROUGH_API
      ? `through Medusa's \`POST /admin/inventory-items/location-levels/batch\` (the inventory service's \`createInventoryLevels\`), ${LEVEL_BATCH} per request. `
      : "as SQL copies of a seeded level row (Medusa's batch route needs over an hour for 100k levels here; `BENCH_SP_LEVELS=api` uses it). ") +
    `Growth: ${growth.levels ?? "?"} levels in ${growth.levels_api_s ?? "?"} s, product copies in ${growth.products_sql_s ?? "?"} s.` +
    (growth.error ? ` The growth stopped: ${growth.error}; the grown lookup was not measured.` : ""),
  "",
  "A counter sale is a workflow: stock taken under the item's lock with the ledger line, the order in the `sales-point` channel, its payment captured, a fulfillment from the point's location registered and delivered. \"One point\" sells one product; the spread runs sell a different product at each seeded point (the lock is per inventory item, whatever the location). A transfer is two requests (send, then the receiver's confirmation).",
  "",
]
if (!COUNTER_ONLY)
  await writeFile(path.join(resultsDir, "sales-points-latest.md"), lines.join("\n"))
console.log(
  `\n${lines.join("\n")}\nWritten to bench/results/${prefix}-${stamp}.json` +
    (COUNTER_ONLY ? "" : " and sales-points-latest.md")
)

async function withDb(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function counts(url) {
  return withDb(url, async (c) => {
    const { rows } = await c.query(
      `select (select count(*)::int from product where deleted_at is null) as products,
              (select count(*)::int from ocop_sales_point where deleted_at is null) as points`
    )
    return rows[0]
  })
}

async function firstStockedProduct(url) {
  return withDb(url, async (c) => {
    const { rows } = await c.query(
      `select v.product_id from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
       join product_variant v on v.id = pvi.variant_id and v.deleted_at is null
       join ocop_sales_point_stock_location spl on spl.stock_location_id = il.location_id and spl.deleted_at is null
       where il.deleted_at is null and il.stocked_quantity > 10
       order by v.product_id limit 1`
    )
    return rows[0].product_id
  })
}

async function lastCopiedProduct(url) {
  return withDb(url, async (c) => {
    const { rows } = await c.query(
      "select id from product where id like 'prod_bsp%' order by id desc limit 1"
    )
    return rows[0].id
  })
}

/**
 * Copies one seeded product with one variant and its inventory item until the shop
 * holds `target` products: every column copied from the original row, ids and
 * unique fields replaced.
 */
async function copyProducts(url, target) {
  await withDb(url, async (c) => {
    const { rows } = await c.query(
      `select p.id as product_id, v.id as variant_id, pvi.id as link_id, pvi.inventory_item_id
       from product p
       join product_variant v on v.product_id = p.id and v.deleted_at is null
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       where p.deleted_at is null order by p.id, v.id limit 1`
    )
    const t = rows[0]
    const { products } = await counts(url)
    const n = Math.max(0, target - products)
    if (!n) return
    await c.query("begin")
    const copy = (table, templateId, overrides) =>
      c.query(
        `insert into ${table}
         select (jsonb_populate_record(null::${table}, to_jsonb(t) || ${overrides})).*
         from ${table} t, generate_series(1, $2::int) g where t.id = $1`,
        [templateId, n]
      )
    const id = (prefix) => `'${prefix}' || lpad(g::text, 6, '0')`
    await copy(
      "product",
      t.product_id,
      `jsonb_build_object('id', ${id("prod_bsp")}, 'handle', 'bench-sp-' || g, 'title', 'Sản phẩm đo điểm bán ' || g, 'external_id', null)`
    )
    await copy(
      "product_variant",
      t.variant_id,
      `jsonb_build_object('id', ${id("variant_bsp")}, 'product_id', ${id("prod_bsp")}, 'sku', null, 'ean', null, 'upc', null, 'barcode', null)`
    )
    await copy(
      "inventory_item",
      t.inventory_item_id,
      `jsonb_build_object('id', ${id("iitem_bsp")}, 'sku', null)`
    )
    await copy(
      "product_variant_inventory_item",
      t.link_id,
      `jsonb_build_object('id', ${id("pvitem_bsp")}, 'variant_id', ${id("variant_bsp")}, 'inventory_item_id', ${id("iitem_bsp")})`
    )
    await c.query("commit")
  })
}

/** Every point's missing level of every inventory item, with a stock that varies. */
async function missingLevels(url) {
  return withDb(url, async (c) => {
    const { rows } = await c.query(
      `${MISSING_LEVELS} order by ii.id, spl.stock_location_id`
    )
    return rows
  })
}

/** Every missing (item, point) level as a copy of a seeded level row; returns the count. */
async function insertMissingLevels(url) {
  return withDb(url, async (c) => {
    const { rowCount } = await c.query(
      `insert into inventory_level
       select (jsonb_populate_record(null::inventory_level, to_jsonb(t) || jsonb_build_object(
         'id', 'ilev_bsp' || md5(m.inventory_item_id || m.location_id),
         'inventory_item_id', m.inventory_item_id, 'location_id', m.location_id,
         'stocked_quantity', m.stocked_quantity,
         'raw_stocked_quantity', jsonb_build_object('value', m.stocked_quantity::text, 'precision', 20),
         'reserved_quantity', 0, 'raw_reserved_quantity', jsonb_build_object('value', '0', 'precision', 20),
         'incoming_quantity', 0, 'raw_incoming_quantity', jsonb_build_object('value', '0', 'precision', 20)
       ))).*
       from (select * from inventory_level where deleted_at is null limit 1) t,
       (${MISSING_LEVELS}) m`
    )
    return rowCount
  })
}

async function analyze(url) {
  await withDb(url, (c) => c.query("analyze"))
}

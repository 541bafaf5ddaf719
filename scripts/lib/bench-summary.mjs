// The one summary `npm run bench` ends with (bench/results/latest.md): every goal of
// issue 18 with the latest figure beside it (✓, ✗, or "not measured in this run") and
// the machine's load average, then the figures of each catalog size. It reads the
// result JSON the bench scripts write; any of them, or any part of one, may be missing.
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"

const NOT_MEASURED = "not measured in this run"
/** Sizes compared for "flat": the first catalog size against the largest (goal: at 50,000). */
const FLAT_FROM = 1000
const FLAT_AT = 50_000

/**
 * The goals of issue 18, as written there. `met(value)` says whether a figure meets
 * its goal; ratios are ours ÷ the baseline named. Change a goal here, not in the table.
 */
export const GOALS = {
  product_full_vs_dtc: { text: "product page full page p50 ≤ 0.7× dtc-starter's", met: (r) => r <= 0.7 },
  product_ttfb_vs_dtc: { text: "product page TTFB p50 ≤ 0.7× dtc-starter's", met: (r) => r <= 0.7 },
  home_full_vs_dtc: { text: "home full page p50 ≤ 0.6× dtc-starter's", met: (r) => r <= 0.6 },
  catalog_full_vs_dtc: { text: "catalog full page p50 ≤ 0.6× dtc-starter's", met: (r) => r <= 0.6 },
  js_gzip_kb: { text: "JS ≤ 100 KB gzip", short: "≤ 100 KB", met: (v) => v <= 100 },
  performance: { text: "Lighthouse mobile performance ≥ 98 (median of 3)", met: (v) => v >= 98 },
  accessibility: { text: "Lighthouse accessibility 100", short: "100", met: (v) => v >= 100 },
  fcp_vs_dtc: { text: "first contentful paint ≤ dtc-starter's", met: (r) => r <= 1 },
  search_text_p95: { text: "search text p95 ≤ 100 ms (8 clients)", short: "p95 ≤ 100 ms", met: (v) => v <= 100 },
  search_filters_p95: { text: "search text + filters p95 ≤ 150 ms (8 clients)", short: "p95 ≤ 150 ms", met: (v) => v <= 150 },
  // "Flat from 1,000": read as the catalog's own bound, p95 ≤ 1.5× its p95 at 1,000.
  flat_vs_1k: { text: "p95 at 50,000 ≤ 1.5× its p95 at 1,000", met: (r) => r <= 1.5 },
  counter_sale_p50: { text: "counter sale p50 ≤ 150 ms", met: (v) => v <= 150 },
  isolation_ratio: { text: "p95 during a burst of 200 searches ≤ 3× idle p95", short: "≤ 3×", met: (r) => r <= 3 },
  rss_mb: { text: "RSS ≤ 400 MB after the bench", met: (v) => v <= 400 },
}

/** The pages Lighthouse must score (issue 18), matched by the start of a result's page name. */
const LIGHTHOUSE_PAGES = ["home", "catalog", "product", "search", "experience"]
/** The pages the storefront bench compares with dtc-starter. */
const DTC_PAGES = [
  ["product", "product_full_vs_dtc", "full"],
  ["product", "product_ttfb_vs_dtc", "ttfb"],
  ["home", "home_full_vs_dtc", "full"],
  ["catalog", "catalog_full_vs_dtc", "full"],
]

const fmt = (v, unit = "") => (v === undefined || v === null || Number.isNaN(v) ? "—" : `${v}${unit}`)
const ratio = (a, b) => (typeof a === "number" && typeof b === "number" && b > 0 ? +(a / b).toFixed(2) : null)
const verdict = (goal, value) =>
  value === undefined || value === null || Number.isNaN(value) ? NOT_MEASURED : goal.met(value) ? "✓" : "✗"
/** For the detail tables: the goal in short and ✓/✗, or "—" where no goal applies. */
const goalCell = (goal, value) => (goal ? `${goal.short} ${verdict(goal, value) === NOT_MEASURED ? "" : verdict(goal, value)}`.trim() : "—")

const triple = (l) => (Array.isArray(l) ? l.join("/") : String(l))

/**
 * The load average of a report, or of one catalog size in it: the runs since 2026-12
 * write `{ start: [1, 5, 15 min], end }` (per size in `load_by_size`), older ones a
 * sentence in `note`.
 */
export function loadOf(report, size) {
  if (!report) return "not recorded"
  const span = (size !== undefined && report.load_by_size?.find((l) => l.size === size)) || report.load_average
  if (span && typeof span === "object" && span.start) return `${triple(span.start)} → ${triple(span.end)}`
  if (typeof span === "string") return span
  const found = /load average[^;]*/i.exec(report.note ?? "")
  return found ? found[0] : "not recorded"
}

const pageOf = (list, name) => list?.find((p) => String(p.page ?? "").toLowerCase().startsWith(name))
const fullP50 = (p) => p?.full_p50_ms ?? p?.full_page_p50_ms ?? null
const ttfbP50 = (p) => p?.ttfb_p50_ms ?? p?.p50_ms ?? null

/**
 * dtc-starter's figures for a page, in whichever of the shapes the storefront bench
 * writes: on the page's own row (`dtc_starter: {…}`) or as a list of its own
 * (`storefront.dtc_starter.pages` / `.lighthouse`).
 */
function dtcOf(storefront, kind, name) {
  const own = pageOf(storefront?.[kind], name)
  return own?.dtc_starter ?? own?.dtc ?? pageOf(storefront?.dtc_starter?.[kind], name) ?? null
}

/** Rows of a catalog or search report: `[size, row]` for the scenario named `name` (exact), smallest first. */
function bySize(reports, name) {
  const found = new Map()
  for (const report of reports.filter(Boolean))
    for (const r of report.results ?? [])
      if (r.name === name && !found.has(r.size)) found.set(r.size, { row: r, report })
  return [...found].sort((a, b) => a[0] - b[0])
}

/** One goal row: the goal, what it is about, the figure, the verdict, the load average. */
const row = (goal, about, value, shown, load) => ({ goal: goal.text, about, shown: value === null || value === undefined ? "—" : shown, verdict: verdict(goal, value), load })

/**
 * The pages report (`storefront/scripts/bench.mjs` with `BENCH_DTC_URL`: ours and
 * dtc-starter interleaved, `pages-<date>.json`) in the storefront section's shape.
 */
export function storefrontFromPages(report) {
  if (!report) return undefined
  const lighthouse = report.lighthouse ?? []
  const dtcLighthouse = (name) => lighthouse.find((l) => l.site === "dtc" && l.name === name)
  return {
    pages: (report.pages ?? []).map((p) => ({ page: p.name, ...p.ours, dtc: p.dtc })),
    lighthouse: lighthouse
      .filter((l) => l.site === "ours")
      .map((l) => ({ page: l.name, ...l, dtc: dtcLighthouse(l.name) })),
  }
}

/**
 * The JavaScript goal over every page of the current build (`js`: the budget's
 * measurement, `[{ page, kb }]`): one row, the largest page, and any over. Bytes are
 * deterministic, so no load average applies. Without it, each page of the last run.
 */
function jsRows(js, sfPages, load) {
  if (js?.length) {
    const largest = js.reduce((a, b) => (b.kb > a.kb ? b : a))
    const over = js.filter((p) => !GOALS.js_gzip_kb.met(p.kb))
    const shown = `largest ${largest.kb} KB (${largest.page})${over.length ? `; over: ${over.map((p) => `${p.page} ${p.kb} KB`).join(", ")}` : ""}`
    return [row(GOALS.js_gzip_kb, `every page (${js.length})`, largest.kb, shown, "— (bytes of the production build)")]
  }
  const pages = sfPages?.length ? sfPages : [{ page: "every shop page" }]
  return pages.map((p) => row(GOALS.js_gzip_kb, p.page, p.js_gzip_kb ?? null, `${p.js_gzip_kb} KB`, load))
}

function storefrontGoals(catalog, pagesReport, js) {
  const sf = storefrontFromPages(pagesReport) ?? catalog?.storefront
  const size = catalog ? Math.max(...(catalog.results ?? []).map((r) => r.size), 0) || undefined : undefined
  const load = pagesReport ? loadOf(pagesReport) : loadOf(catalog, size)
  const rows = []
  for (const [page, key, kind] of DTC_PAGES) {
    const ours = pageOf(sf?.pages, page)
    const dtc = dtcOf(sf, "pages", page)
    const get = kind === "full" ? fullP50 : ttfbP50
    const r = ratio(get(ours), get(dtc))
    rows.push(row(GOALS[key], page, r, `${get(ours)} vs ${get(dtc)} ms = ${r}×`, load))
  }
  rows.push(...jsRows(js, sf?.pages, load))
  for (const page of LIGHTHOUSE_PAGES) {
    const l = pageOf(sf?.lighthouse, page)
    const runs = l?.runs ? ` (median of ${l.runs})` : ""
    rows.push(row(GOALS.performance, page, l?.performance ?? null, `${l?.performance}${runs}`, load))
    rows.push(row(GOALS.accessibility, page, l?.accessibility ?? null, `${l?.accessibility}`, load))
  }
  for (const page of ["home", "catalog", "product"]) {
    const ours = pageOf(sf?.lighthouse, page)?.fcp_ms
    const dtc = dtcOf(sf, "lighthouse", page)?.fcp_ms
    const r = ratio(ours, dtc)
    rows.push(row(GOALS.fcp_vs_dtc, page, r, `${ours} vs ${dtc} ms = ${r}×`, load))
  }
  return rows
}

/** Sizes measured by the catalog run, then sizes only the search run has (index-only copies). */
function searchGoals(catalog, search) {
  const rows = []
  const scenarios = [
    ["search: text", GOALS.search_text_p95],
    ["search: text + 4★+, An Giang, in stock", GOALS.search_filters_p95],
  ]
  for (const [name, goal] of scenarios) {
    const sized = bySize([catalog, search], name)
    if (!sized.length) rows.push(row(goal, "every size", null, "", "—"))
    for (const [size, { row: r, report }] of sized)
      rows.push(row(goal, sizeLabel(size, r), r.p95_ms, `${r.p95_ms} ms`, loadOf(report, size)))
    rows.push(flatRow(`${name}: flat`, sized))
  }
  return rows
}

/**
 * "p95 at the largest size ÷ p95 at 1,000", both from the run that measured the largest
 * size: judged only when that size is 50,000 or more.
 */
function flatRow(about, sized) {
  const top = sized.at(-1)
  const sameRun = sized.filter(([, v]) => v.report === top?.[1].report)
  const base = sameRun.find(([size]) => size === FLAT_FROM) ?? sameRun[0]
  if (!base || !top || top === base) return row(GOALS.flat_vs_1k, about, null, "", "—")
  const r = ratio(top[1].row.p95_ms, base[1].row.p95_ms)
  const shown = `${top[1].row.p95_ms} ms at ${top[0].toLocaleString("en")} ÷ ${base[1].row.p95_ms} ms at ${base[0].toLocaleString("en")} = ${r}×`
  if (top[0] < FLAT_AT)
    return { ...row(GOALS.flat_vs_1k, about, null, "", loadOf(top[1].report, top[0])), shown, verdict: `${NOT_MEASURED} at 50,000 (largest ${top[0].toLocaleString("en")})` }
  return row(GOALS.flat_vs_1k, about, r, shown, loadOf(top[1].report, top[0]))
}

function catalogGoals(catalog) {
  const rows = []
  const names = [...new Set((catalog?.results ?? []).map((r) => r.name))]
  const wanted = [
    // Every catalog page, the text filter (q) included.
    ...names.filter((n) => n.startsWith("ocop:")),
    // The cart scenarios, whatever the catalog bench names them.
    ...names.filter((n) => /add.*cart|cart.*add/i.test(n)),
    ...names.filter((n) => /cart.*complet|complet.*cart/i.test(n)),
  ]
  for (const name of wanted) rows.push(flatRow(name, bySize([catalog], name)))
  if (!wanted.some((n) => n.startsWith("ocop:"))) rows.push(row(GOALS.flat_vs_1k, "catalog first and filtered pages", null, "", "—"))
  if (!wanted.some((n) => /add/i.test(n))) rows.push(row(GOALS.flat_vs_1k, "add to cart", null, "", "—"))
  if (!wanted.some((n) => /complet/i.test(n))) rows.push(row(GOALS.flat_vs_1k, "cart completion", null, "", "—"))
  return rows
}

function counterSaleGoal(salesPoints) {
  const sale =
    salesPoints?.results?.find((r) => r.group === "counter sale" && r.concurrency === 1) ??
    salesPoints?.results?.find((r) => r.group === "counter sale")
  return row(GOALS.counter_sale_p50, sale ? `${sale.name}` : "counter sale", sale?.p50_ms ?? null, `${sale?.p50_ms} ms`, loadOf(salesPoints))
}

function isolationGoals(isolation) {
  if (!isolation?.routes?.length) return [row(GOALS.isolation_ratio, "every other route", null, "", "—")]
  const b = isolation.burst ?? {}
  return isolation.routes.map((r) =>
    row(
      GOALS.isolation_ratio,
      r.name,
      r.ratio_p95,
      `${r.burst_p95_ms} ÷ ${r.idle_p95_ms} ms = ${r.ratio_p95}× (burst: ${fmt(b.answered_200)} × 200, ${fmt(b.answered_503)} × 503)`,
      loadOf(isolation)
    )
  )
}

/** Every process's RSS the runs recorded, named after the run that started it. */
function memoryRows(reports) {
  const rows = []
  for (const [kind, report] of reports) {
    if (!report) continue
    const lists = [[kind, report.memory]]
    for (const r of report.results ?? []) if (r.memory) lists.push([`${kind}, ${r.servers} server(s)`, r.memory])
    for (const [label, memory] of lists)
      for (const m of memory ?? []) rows.push(row(GOALS.rss_mb, `${label}: ${m.process}`, m.rss_mb, `${m.rss_mb} MB`, loadOf(report)))
  }
  if (!rows.length) rows.push(row(GOALS.rss_mb, "each production process", null, "", "—"))
  return rows
}

const sizeLabel = (size, r) => `${size.toLocaleString("en")} products${r?.index_only ? " (search index copies)" : ""}`

/** The goal table: one line per figure the issue sets a goal for. */
export function goalRows({ catalog, search, salesPoints, production, isolation, pages, counterSales, js }) {
  // A counter-sale-only run (BENCH_SP_ONLY=counter) newer than the full sales-point run wins.
  const counter = [salesPoints, counterSales].filter(Boolean).sort((a, b) => String(b.date).localeCompare(String(a.date)))[0]
  return [
    ...storefrontGoals(catalog, pages, js),
    ...searchGoals(catalog, search),
    ...catalogGoals(catalog),
    counterSaleGoal(counter),
    ...isolationGoals(isolation),
    ...memoryRows([
      ["catalog", catalog],
      ["production", production],
      ["sales points", salesPoints],
      ["isolation", isolation],
    ]),
  ]
}

function goalTable(rows) {
  return [
    "| Goal | For | Figure | Met | Load average (1/5/15 min) |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.goal} | ${r.about} | ${r.shown} | ${r.verdict} | ${r.load} |`),
  ]
}

function routeTable(rows) {
  const lines = [
    "| Route | p50 ms | p95 ms | p99 ms | req/s | p50 × vanilla | Goal |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ]
  const goalOf = (name) =>
    name === "search: text" ? GOALS.search_text_p95 : name === "search: text + 4★+, An Giang, in stock" ? GOALS.search_filters_p95 : null
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmt(r.p50_ms)} | ${fmt(r.p95_ms)} | ${fmt(r.p99_ms)} | ${fmt(r.throughput_rps)} | ${fmt(r.p50_vs_vanilla)} | ${goalCell(goalOf(r.name), r.p95_ms)} |`
    )
  return lines
}

function storefrontTables(storefront) {
  const lines = []
  if (storefront?.pages?.length) {
    lines.push(
      "",
      "| Page | TTFB p50 ms | TTFB p95 ms | JS gzip KB | Goal (JS) |",
      "| --- | --- | --- | --- | --- |"
    )
    for (const p of storefront.pages)
      lines.push(`| ${p.page} | ${fmt(ttfbP50(p))} | ${fmt(p.ttfb_p95_ms ?? p.p95_ms)} | ${fmt(p.js_gzip_kb)} | ${goalCell(GOALS.js_gzip_kb, p.js_gzip_kb)} |`)
  }
  if (storefront?.lighthouse?.length) {
    lines.push(
      "",
      "| Page (Lighthouse) | Performance | Accessibility | Goal (a11y) | LCP ms | TBT ms | CLS |",
      "| --- | --- | --- | --- | --- | --- | --- |"
    )
    for (const l of storefront.lighthouse)
      lines.push(
        `| ${l.page} | ${fmt(l.performance)} | ${fmt(l.accessibility)} | ${goalCell(GOALS.accessibility, l.accessibility)} | ${fmt(l.lcp_ms)} | ${fmt(l.tbt_ms)} | ${fmt(l.cls)} |`
      )
  }
  return lines
}

/** One benchmark report (catalog-*.json or search-*.json) as a section per catalog size. */
function sizedSection(title, report) {
  const lines = [`## ${title} (${report.date})`, "", `${report.machine}; ${report.concurrency} clients, ${report.duration_s} s per scenario.`]
  const results = report.results ?? []
  const sizes = [...new Set(results.map((r) => r.size))].sort((a, b) => a - b)
  for (const size of sizes) {
    const build = report.search_index_builds?.find((b) => b.size === size)
    lines.push(
      "",
      `### ${sizeLabel(size, results.find((r) => r.size === size))}`,
      "",
      `Load average: ${loadOf(report, size)}.${build?.build_s ? ` Search index built in ${build.build_s} s${build.reindex_s ? ` (reindex ${build.reindex_s} s)` : ""}.` : ""}`,
      "",
      ...routeTable(results.filter((r) => r.size === size))
    )
  }
  lines.push(...storefrontTables(report.storefront))
  return lines
}

function salesPointsSection(report) {
  const lines = [
    `## Sales points (${report.date})`,
    "",
    `${report.machine}; ${report.duration_s} s per scenario. Load average: ${loadOf(report)}.`,
    "",
    "| Scenario | At once | p50 ms | p95 ms | req/s | Failed |",
    "| --- | --- | --- | --- | --- | --- |",
  ]
  for (const r of report.results ?? [])
    lines.push(`| ${r.group}: ${r.name} | ${fmt(r.concurrency)} | ${fmt(r.p50_ms)} | ${fmt(r.p95_ms)} | ${fmt(r.throughput_rps)} | ${fmt(r.failed)} |`)
  return lines
}

function productionSection(report) {
  const lines = [`## Production, 1 vs 2 API servers (${report.date})`, "", `Load average: ${loadOf(report)}. Details: \`production-latest.md\`.`]
  if (report.results?.length)
    lines.push(
      "",
      "| Servers | Listing req/s | Listing p50 / p95 ms | Orders/s | Completion p50 / p95 ms |",
      "| --- | --- | --- | --- | --- |",
      ...report.results.map(
        (r) =>
          `| ${r.servers} | ${fmt(r.listing?.throughput_rps)} | ${fmt(r.listing?.p50_ms)} / ${fmt(r.listing?.p95_ms)} | ${fmt(r.completion?.throughput_ops)} | ${fmt(r.completion?.p50_ms)} / ${fmt(r.completion?.p95_ms)} |`
      )
    )
  return lines
}

function isolationSection(report) {
  const b = report.burst ?? {}
  const loop = report.event_loop_delay_ms ?? {}
  const loopText = (l) => (l ? `${l.worst_p99_ms} / ${l.max_ms} ms` : "not recorded")
  return [
    `## Isolation (${report.date})`,
    "",
    `${report.build ?? "production build"}; ${fmt(report.size)} products (${report.size_label ?? "?"}); client(s) per route: ${fmt(report.clients_per_route)}, ${fmt(report.duration_s)} s per phase. Load average: ${loadOf(report)}.`,
    "",
    "| Route | Idle p50 / p95 ms | Burst p50 / p95 ms | p95 ratio | Goal |",
    "| --- | --- | --- | --- | --- |",
    ...(report.routes ?? []).map(
      (r) => `| ${r.name} | ${fmt(r.idle_p50_ms)} / ${fmt(r.idle_p95_ms)} | ${fmt(r.burst_p50_ms)} / ${fmt(r.burst_p95_ms)} | ${fmt(r.ratio_p95)} | ${goalCell(GOALS.isolation_ratio, r.ratio_p95)} |`
    ),
    "",
    `The burst: ${fmt(b.clients)} clients searching at once (a 503 waits its Retry-After): ${fmt(b.answered_200)} answered 200 (p50 ${fmt(b.p50_ms)} ms, p95 ${fmt(b.p95_ms)} ms), ${fmt(b.answered_503)} answered 503 busy, ${fmt(b.other)} other. Server event-loop delay, worst second p99 / max: idle ${loopText(loop.idle)}, burst ${loopText(loop.burst)}. Database connections (most at once, open / busy): idle ${fmt(report.db_connections_max?.idle?.open)} / ${fmt(report.db_connections_max?.idle?.busy)}, burst ${fmt(report.db_connections_max?.burst?.open)} / ${fmt(report.db_connections_max?.burst?.busy)}. Server CPU (seconds per second): idle ${fmt(report.server_cpu_per_s?.idle)}, burst ${fmt(report.server_cpu_per_s?.burst)}.`,
  ]
}

/** The summary's markdown from the latest report of each kind (any may be missing). */
export function benchSummary({ catalog, search, salesPoints, production, isolation, pages, counterSales, js }) {
  const lines = [
    "# Benchmark summary",
    "",
    "Written by `npm run bench` from the latest run of each kind in this folder. The bench",
    "measures the production build (`medusa start`, no admin bundle, and the `medusa build`",
    "output for the production and isolation parts), never `npm start`'s `medusa develop`.",
    "Figures are only comparable at a similar load average (a shared 2-core machine); ratios",
    "within one run are the ones to quote. How to run it: `../README.md`.",
    "",
    "## Goals (issue 18)",
    "",
    ...goalTable(goalRows({ catalog, search, salesPoints, production, isolation, pages, counterSales, js })),
  ]
  if (catalog) lines.push("", ...sizedSection("Catalog", catalog))
  if (search) lines.push("", ...sizedSection("Search", search))
  if (salesPoints) lines.push("", ...salesPointsSection(salesPoints))
  if (isolation) lines.push("", ...isolationSection(isolation))
  if (production) lines.push("", ...productionSection(production))
  if (!catalog && !search && !salesPoints && !production && !isolation) lines.push("", "No results yet.")
  return lines.join("\n") + "\n"
}

/** The newest `<prefix>-<ISO stamp>.json` in `dir`, parsed, or undefined. */
export async function latestReport(dir, prefix) {
  const names = (await readdir(dir)).filter((n) => new RegExp(`^${prefix}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.json$`).test(n)).sort()
  if (!names.length) return undefined
  return JSON.parse(await readFile(path.join(dir, names.at(-1)), "utf8"))
}

// bench/results/latest.md: every figure of the latest runs, per catalog size, with the
// load average beside it and the goals the project has written down.
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { benchSummary, goalRows, latestReport } from "../../scripts/lib/bench-summary.mjs"

const row = (size: number, name: string, p50: number, p95: number) => ({
  size,
  name,
  path: "/store/ocop/products?limit=24",
  requests: 59,
  throughput_rps: 26.2,
  p50_ms: p50,
  p95_ms: p95,
  p99_ms: p95 + 100,
  p50_vs_vanilla: 0.48,
  throughput_vs_vanilla: 2.03,
})

const catalog = {
  date: "2026-11-27T01:26:50.315Z",
  machine: "2 × AMD EPYC, Node v20.20.2",
  note: "load average (1/5/15 min) 11.3/10.5/11.7 at the start, 6.0/8.4/10.7 at the end",
  concurrency: 8,
  duration_s: 2,
  results: [row(10000, "ocop: first page", 420.5, 910.2), row(1000, "ocop: first page", 281.4, 464.2)],
  search_index_builds: [{ size: 1000, build_s: 7.7 }],
  storefront: {
    pages: [
      { page: "home", path: "/", requests: 64, p50_ms: 215.8, p95_ms: 348, files: 10, js_kb: 309.7, js_gzip_kb: 102.4 },
      { page: "product", path: "/products/x", requests: 40, p50_ms: 300, p95_ms: 420, files: 9, js_kb: 280, js_gzip_kb: 96.1 },
    ],
    lighthouse: [{ page: "home", path: "/", performance: 87, accessibility: 100, lcp_ms: 3301, tbt_ms: 16, cls: 0 }],
  },
}

describe("benchSummary", () => {
  it("gives each catalog size its own table, smallest first, with the load average", () => {
    const md = benchSummary({ catalog })
    const small = md.indexOf("### 1,000 products")
    const large = md.indexOf("### 10,000 products")
    expect(small).toBeGreaterThan(0)
    expect(large).toBeGreaterThan(small)
    expect(md.match(/Load average: load average \(1\/5\/15 min\) 11\.3\/10\.5\/11\.7 at the start/g)).toHaveLength(2)
    expect(md).toContain("| ocop: first page | 281.4 | 464.2 | 564.2 | 26.2 | 0.48 | — |")
    expect(md.slice(large)).toContain("| ocop: first page | 420.5 | 910.2 |")
    expect(md).toContain("Search index built in 7.7 s")
  })

  it("puts each page's JavaScript beside the 100 KB budget, marking what misses it", () => {
    const md = benchSummary({ catalog })
    expect(md).toContain("| home | 215.8 | 348 | 102.4 | ≤ 100 KB ✗ |")
    expect(md).toContain("| product | 300 | 420 | 96.1 | ≤ 100 KB ✓ |")
    expect(md).toContain("| home | 87 | 100 | 100 ✓ | 3301 | 16 | 0 |")
  })

  it("says when a run recorded no load average, and leaves out kinds that never ran", () => {
    const md = benchSummary({
      salesPoints: {
        date: "2026-11-27T08:25:38.299Z",
        machine: "2 × AMD EPYC",
        duration_s: 8,
        results: [{ group: "counter sale", name: "one point, 1 at once", concurrency: 1, requests: 18, failed: 0, throughput_rps: 2.2, p50_ms: 430.9, p95_ms: 706.1 }],
      },
    })
    expect(md).toContain("Load average: not recorded.")
    expect(md).toContain("| counter sale: one point, 1 at once | 1 | 430.9 | 706.1 | 2.2 | 0 |")
    expect(md).not.toContain("## Catalog")
    expect(md).not.toContain("## Search")
  })
})

/** The goal table's line for `goal` about `about`: its figure, verdict and load average. */
const goalLine = (md: string, goal: string, about: string) =>
  md.split("\n").find((l) => l.startsWith(`| ${goal} | ${about} |`))

describe("the goal table", () => {
  it("says 'not measured in this run' for every goal when no run left results", () => {
    const md = benchSummary({})
    expect(md).toContain("No results yet.")
    const rows = goalRows({})
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.every((r) => r.verdict === "not measured in this run")).toBe(true)
    for (const goal of [
      "product page full page p50 ≤ 0.7× dtc-starter's",
      "product page TTFB p50 ≤ 0.7× dtc-starter's",
      "home full page p50 ≤ 0.6× dtc-starter's",
      "catalog full page p50 ≤ 0.6× dtc-starter's",
      "JS ≤ 100 KB gzip",
      "Lighthouse mobile performance ≥ 98 (median of 3)",
      "Lighthouse accessibility 100",
      "first contentful paint ≤ dtc-starter's",
      "search text p95 ≤ 100 ms (8 clients)",
      "search text + filters p95 ≤ 150 ms (8 clients)",
      "p95 at 50,000 ≤ 1.5× its p95 at 1,000",
      "counter sale p50 ≤ 150 ms",
      "p95 during a burst of 200 searches ≤ 3× idle p95",
      "RSS ≤ 400 MB after the bench",
    ])
      expect(md).toContain(`| ${goal} |`)
  })

  it("judges each figure against its goal, with the load average of the size or run it came from", () => {
    const search = (size: number, text: number, filters: number) => [
      { ...row(size, "search: text", 40, text), path: "/store/ocop/search?q=kho%20ca" },
      { ...row(size, "search: text + 4★+, An Giang, in stock", 60, filters), path: "/store/ocop/search?q=kho%20ca&min_stars=4" },
      row(size, "ocop: first page", 50, size === 1000 ? 80 : 130),
      row(size, "cart: add to cart", 70, size === 1000 ? 100 : 200),
    ]
    const md = benchSummary({
      catalog: {
        ...catalog,
        note: undefined,
        results: [...search(1000, 90, 160), ...search(50000, 95, 140)],
        load_by_size: [
          { size: 1000, start: [1.5, 2, 2.1], end: [1.8, 2, 2.1] },
          { size: 50000, start: [3.2, 2.5, 2.2], end: [4, 3, 2.4] },
        ],
        memory: [{ process: "storefront", pid: 10, rss_mb: 131.2, group_rss_mb: 190 }],
        storefront: {
          pages: [
            { page: "home", p50_ms: 50, full_p50_ms: 100, js_gzip_kb: 90, dtc_starter: { p50_ms: 150, full_p50_ms: 200 } },
            { page: "product", p50_ms: 150, full_p50_ms: 200, js_gzip_kb: 99, dtc_starter: { p50_ms: 173, full_p50_ms: 267 } },
          ],
          lighthouse: [{ page: "home", performance: 98, accessibility: 100, fcp_ms: 900, runs: 3, dtc_starter: { fcp_ms: 1000 } }],
        },
      },
      salesPoints: {
        date: "2026-12-06T10:00:00.000Z",
        machine: "2 × AMD EPYC",
        duration_s: 8,
        load_average: { start: [0.5, 0.6, 0.7], end: [1, 0.8, 0.7] },
        results: [{ group: "counter sale", name: "one point, 1 at once", concurrency: 1, failed: 0, throughput_rps: 7, p50_ms: 140, p95_ms: 200 }],
      },
      isolation: {
        date: "2026-12-06T11:00:00.000Z",
        load_average: { start: [2, 2, 2], end: [3, 2, 2] },
        routes: [
          { name: "product detail", idle_p95_ms: 50, burst_p95_ms: 120, ratio_p95: 2.4 },
          { name: "regions", idle_p95_ms: 10, burst_p95_ms: 40, ratio_p95: 4 },
        ],
        burst: { clients: 200, answered_200: 180, answered_503: 900, other: 0 },
        memory: [{ process: "server1", pid: 11, rss_mb: 412.5, group_rss_mb: 412.5 }],
      },
    })
    // Product page: 200 / 267 = 0.75 misses 0.7; TTFB 150 / 173 = 0.87 misses; home 0.5 meets 0.6.
    expect(goalLine(md, "product page full page p50 ≤ 0.7× dtc-starter's", "product")).toContain("| 200 vs 267 ms = 0.75× | ✗ | 3.2/2.5/2.2 → 4/3/2.4 |")
    expect(goalLine(md, "product page TTFB p50 ≤ 0.7× dtc-starter's", "product")).toContain("= 0.87× | ✗ |")
    expect(goalLine(md, "home full page p50 ≤ 0.6× dtc-starter's", "home")).toContain("= 0.5× | ✓ |")
    expect(goalLine(md, "catalog full page p50 ≤ 0.6× dtc-starter's", "catalog")).toContain("| — | not measured in this run |")
    expect(goalLine(md, "JS ≤ 100 KB gzip", "product")).toContain("| 99 KB | ✓ |")
    expect(goalLine(md, "Lighthouse mobile performance ≥ 98 (median of 3)", "home")).toContain("| 98 (median of 3) | ✓ |")
    expect(goalLine(md, "Lighthouse mobile performance ≥ 98 (median of 3)", "search")).toContain("not measured in this run")
    expect(goalLine(md, "first contentful paint ≤ dtc-starter's", "home")).toContain("| 900 vs 1000 ms = 0.9× | ✓ |")
    // Search per size, each with its size's load average; flat from 1,000 to 50,000.
    expect(goalLine(md, "search text p95 ≤ 100 ms (8 clients)", "1,000 products")).toContain("| 90 ms | ✓ | 1.5/2/2.1 → 1.8/2/2.1 |")
    expect(goalLine(md, "search text + filters p95 ≤ 150 ms (8 clients)", "1,000 products")).toContain("| 160 ms | ✗ |")
    expect(goalLine(md, "search text + filters p95 ≤ 150 ms (8 clients)", "50,000 products")).toContain("| 140 ms | ✓ | 3.2/2.5/2.2 → 4/3/2.4 |")
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "search: text: flat")).toContain("= 1.06× | ✓ |")
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "ocop: first page")).toContain("130 ms at 50,000 ÷ 80 ms at 1,000 = 1.63× | ✗ |")
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "cart: add to cart")).toContain("= 2× | ✗ |")
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "cart completion")).toContain("not measured in this run")
    expect(goalLine(md, "counter sale p50 ≤ 150 ms", "one point, 1 at once")).toContain("| 140 ms | ✓ | 0.5/0.6/0.7 → 1/0.8/0.7 |")
    // Isolation per route, with the burst's own answers; memory per process of each run.
    expect(goalLine(md, "p95 during a burst of 200 searches ≤ 3× idle p95", "product detail")).toContain("120 ÷ 50 ms = 2.4× (burst: 180 × 200, 900 × 503) | ✓ |")
    expect(goalLine(md, "p95 during a burst of 200 searches ≤ 3× idle p95", "regions")).toContain("| ✗ |")
    expect(goalLine(md, "RSS ≤ 400 MB after the bench", "catalog: storefront")).toContain("| 131.2 MB | ✓ |")
    expect(goalLine(md, "RSS ≤ 400 MB after the bench", "isolation: server1")).toContain("| 412.5 MB | ✗ | 2/2/2 → 3/2/2 |")
    expect(md).toContain("## Isolation (2026-12-06T11:00:00.000Z)")
  })

  it("reads the pages run against dtc-starter (pages-<date>.json) before the catalog's own page figures", () => {
    const pages = {
      date: "2026-12-06T15:57:45.946Z",
      load_average: { start: [9.66, 10.29, 9.46], end: [15.79, 13.43, 11.2] },
      pages: [
        { name: "product", ours: { ttfb_p50_ms: 8, full_p50_ms: 110, js_gzip_kb: 101.2 }, dtc: { ttfb_p50_ms: 142, full_p50_ms: 300 } },
        { name: "home", ours: { ttfb_p50_ms: 8, full_p50_ms: 200, js_gzip_kb: 99.5 }, dtc: { ttfb_p50_ms: 116, full_p50_ms: 234 } },
      ],
      lighthouse: [
        { name: "home", site: "ours", performance: 68, accessibility: 100, fcp_ms: 1148, runs: 3 },
        { name: "home", site: "dtc", performance: 72, accessibility: 95, fcp_ms: 876, runs: 3 },
        { name: "search", site: "ours", performance: 98, accessibility: 100, fcp_ms: 900, runs: 3 },
      ],
    }
    const md = benchSummary({ catalog, pages })
    // 110 / 300 = 0.37 meets 0.7; home 200 / 234 = 0.85 misses 0.6; the pages run's load average.
    expect(goalLine(md, "product page full page p50 ≤ 0.7× dtc-starter's", "product")).toContain("| 110 vs 300 ms = 0.37× | ✓ | 9.66/10.29/9.46 → 15.79/13.43/11.2 |")
    expect(goalLine(md, "home full page p50 ≤ 0.6× dtc-starter's", "home")).toContain("= 0.85× | ✗ |")
    expect(goalLine(md, "JS ≤ 100 KB gzip", "product")).toContain("| 101.2 KB | ✗ |")
    expect(goalLine(md, "Lighthouse mobile performance ≥ 98 (median of 3)", "home")).toContain("| 68 (median of 3) | ✗ |")
    expect(goalLine(md, "Lighthouse mobile performance ≥ 98 (median of 3)", "search")).toContain("| 98 (median of 3) | ✓ |")
    expect(goalLine(md, "first contentful paint ≤ dtc-starter's", "home")).toContain("| 1148 vs 876 ms = 1.31× | ✗ |")
  })

  it("judges JavaScript on every page of the current build when it is measured, not on the last page run", () => {
    const pages = { date: "2026-12-06T15:57:45.946Z", pages: [{ name: "product", ours: { js_gzip_kb: 108.8 }, dtc: {} }] }
    const within = benchSummary({ pages, js: [{ page: "routes/_shop._index", kb: 95.2 }, { page: "routes/_shop.checkout", kb: 99.7 }] })
    expect(goalLine(within, "JS ≤ 100 KB gzip", "every page (2)")).toContain("| largest 99.7 KB (routes/_shop.checkout) | ✓ | — (bytes of the production build) |")
    expect(within).not.toContain("108.8 KB")
    const over = benchSummary({ js: [{ page: "routes/_shop._index", kb: 95.2 }, { page: "routes/_shop.checkout", kb: 100.4 }] })
    expect(goalLine(over, "JS ≤ 100 KB gzip", "every page (2)")).toContain("| largest 100.4 KB (routes/_shop.checkout); over: routes/_shop.checkout 100.4 KB | ✗ |")
  })

  it("takes the counter sale from a counter-only run when it is newer than the full sales-point run", () => {
    const sale = (p50: number) => [{ group: "counter sale", name: "one point, 1 at once", concurrency: 1, failed: 0, throughput_rps: 2, p50_ms: p50, p95_ms: p50 * 2 }]
    const salesPoints = { date: "2026-11-27T08:25:38.299Z", results: sale(430.9) }
    const counterSales = { date: "2026-12-06T16:10:27.672Z", load_average: { start: [7.7, 9, 10.3], end: [8, 9, 10] }, results: sale(140) }
    expect(goalLine(benchSummary({ salesPoints, counterSales }), "counter sale p50 ≤ 150 ms", "one point, 1 at once")).toContain("| 140 ms | ✓ | 7.7/9/10.3 → 8/9/10 |")
    const older = { ...counterSales, date: "2026-11-01T00:00:00.000Z" }
    expect(goalLine(benchSummary({ salesPoints, counterSales: older }), "counter sale p50 ≤ 150 ms", "one point, 1 at once")).toContain("| 430.9 ms | ✗ |")
  })

  it("compares sizes for flatness only within one run", () => {
    const md = benchSummary({
      catalog: { ...catalog, results: [row(1000, "search: text", 40, 90)] },
      search: { ...catalog, results: [{ ...row(50000, "search: text", 60, 400), index_only: true }] },
    })
    expect(goalLine(md, "search text p95 ≤ 100 ms (8 clients)", "50,000 products (search index copies)")).toContain("| 400 ms | ✗ |")
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "search: text: flat")).toContain("| — | not measured in this run |")
  })

  it("does not judge flatness at 50,000 from a run whose largest catalog was smaller", () => {
    const md = benchSummary({ catalog })
    expect(goalLine(md, "p95 at 50,000 ≤ 1.5× its p95 at 1,000", "ocop: first page")).toContain(
      "910.2 ms at 10,000 ÷ 464.2 ms at 1,000 = 1.96× | not measured in this run at 50,000 (largest 10,000) |"
    )
  })
})

describe("latestReport", () => {
  it("reads the newest run of a kind and ignores the other kinds and the markdown", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-summary-"))
    try {
      await writeFile(path.join(dir, "catalog-2026-11-27T00-05-14-834Z.json"), JSON.stringify({ date: "old" }))
      await writeFile(path.join(dir, "catalog-2026-11-27T01-26-50-309Z.json"), JSON.stringify({ date: "new" }))
      await writeFile(path.join(dir, "search-2026-11-28T01-00-00-000Z.json"), JSON.stringify({ date: "search" }))
      await writeFile(path.join(dir, "catalog-latest.md"), "# old summary")
      expect(await latestReport(dir, "catalog")).toEqual({ date: "new" })
      expect(await latestReport(dir, "production")).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

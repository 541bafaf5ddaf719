// bench/results/latest.md: every figure of the latest runs, per catalog size, with the
// load average beside it and the goals the project has written down.
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { benchSummary, latestReport } from "../../scripts/lib/bench-summary.mjs"

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

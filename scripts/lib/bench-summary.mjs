// The one summary `npm run bench` ends with (bench/results/latest.md): the latest
// catalog, search, sales-point and production runs' figures, each beside its goal where
// the project has written one down, with the machine's load average for each catalog size.
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"

/**
 * Goals the repository states (the JS budget: storefront/bundle-budget.json; the page
 * caching bound: docs/speed.md). A figure with no goal here shows "—": add its goal
 * here when issue 18 or a decision fixes one, not in the table by hand.
 */
export const GOALS = {
  js_gzip_kb: { text: "≤ 100 KB", met: (v) => v <= 100 },
  accessibility: { text: "100", met: (v) => v >= 100 },
}

const fmt = (v, unit = "") => (v === undefined || v === null ? "—" : `${v}${unit}`)
const goalCell = (goal, value) =>
  goal ? `${goal.text} ${value === undefined || value === null ? "" : goal.met(value) ? "✓" : "✗"}`.trim() : "—"

/** "load average (1/5/15 min) 11.3/10.5/11.7 at the start, 6.0/8.4/10.7 at the end" → that text, or "not recorded". */
export function loadOf(report) {
  if (report.load_average) return report.load_average
  const found = /load average[^;]*/i.exec(report.note ?? "")
  return found ? found[0] : "not recorded"
}

function routeTable(rows) {
  const lines = [
    "| Route | p50 ms | p95 ms | p99 ms | req/s | p50 × vanilla | Goal |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ]
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmt(r.p50_ms)} | ${fmt(r.p95_ms)} | ${fmt(r.p99_ms)} | ${fmt(r.throughput_rps)} | ${fmt(r.p50_vs_vanilla)} | — |`
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
      lines.push(`| ${p.page} | ${fmt(p.p50_ms)} | ${fmt(p.p95_ms)} | ${fmt(p.js_gzip_kb)} | ${goalCell(GOALS.js_gzip_kb, p.js_gzip_kb)} |`)
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
  const sizes = [...new Set(report.results.map((r) => r.size))].sort((a, b) => a - b)
  for (const size of sizes) {
    const build = report.search_index_builds?.find((b) => b.size === size)
    lines.push(
      "",
      `### ${size.toLocaleString("en")} products`,
      "",
      `Load average: ${loadOf(report)}.${build ? ` Search index built in ${build.build_s} s${build.reindex_s ? ` (reindex ${build.reindex_s} s)` : ""}.` : ""}`,
      "",
      ...routeTable(report.results.filter((r) => r.size === size))
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
  for (const r of report.results)
    lines.push(`| ${r.group}: ${r.name} | ${fmt(r.concurrency)} | ${fmt(r.p50_ms)} | ${fmt(r.p95_ms)} | ${fmt(r.throughput_rps)} | ${fmt(r.failed)} |`)
  return lines
}

/** The summary's markdown from the latest report of each kind (any may be missing). */
export function benchSummary({ catalog, search, salesPoints, production }) {
  const lines = [
    "# Benchmark summary",
    "",
    "Written by `npm run bench` from the latest run of each kind in this folder; the figures",
    "are only comparable at a similar load average (a shared 2-core machine).",
  ]
  if (catalog) lines.push("", ...sizedSection("Catalog", catalog))
  if (search) lines.push("", ...sizedSection("Search", search))
  if (salesPoints) lines.push("", ...salesPointsSection(salesPoints))
  if (production) lines.push("", `## Production (${production.date})`, "", "See `production-latest.md`.")
  if (!catalog && !search && !salesPoints && !production) lines.push("", "No results yet.")
  return lines.join("\n") + "\n"
}

/** The newest `<prefix>-<ISO stamp>.json` in `dir`, parsed, or undefined. */
export async function latestReport(dir, prefix) {
  const names = (await readdir(dir)).filter((n) => new RegExp(`^${prefix}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.json$`).test(n)).sort()
  if (!names.length) return undefined
  return JSON.parse(await readFile(path.join(dir, names.at(-1)), "utf8"))
}

#!/usr/bin/env node
// The last step of `npm run bench`: bench/results/latest.md from the latest results.
import { writeFile } from "node:fs/promises"
import path from "node:path"
import { buildForBudget, measurePages } from "../storefront/scripts/bundle-budget.mjs"
import { benchSummary, latestReport } from "./lib/bench-summary.mjs"
import { root } from "./lib/stack.mjs"

const dir = path.join(root, "bench", "results")
// JavaScript per page is the bytes of the current production build (the budget's own
// measurement, deterministic), not the figure of whichever page run was last.
console.log("• Measuring every page's JavaScript (the budget's production build)…")
buildForBudget()
const js = measurePages().map((p) => ({ page: p.id, kb: p.kb }))
const summary = benchSummary({
  catalog: await latestReport(dir, "catalog"),
  search: await latestReport(dir, "search"),
  salesPoints: await latestReport(dir, "sales-points"),
  production: await latestReport(dir, "production"),
  isolation: await latestReport(dir, "isolation"),
  pages: await latestReport(dir, "pages"),
  counterSales: await latestReport(dir, "sales-points-counter"),
  js,
})
await writeFile(path.join(dir, "latest.md"), summary)
console.log("Written to bench/results/latest.md")

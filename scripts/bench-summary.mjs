#!/usr/bin/env node
// The last step of `npm run bench`: bench/results/latest.md from the latest results.
import { writeFile } from "node:fs/promises"
import path from "node:path"
import { benchSummary, latestReport } from "./lib/bench-summary.mjs"
import { root } from "./lib/stack.mjs"

const dir = path.join(root, "bench", "results")
const summary = benchSummary({
  catalog: await latestReport(dir, "catalog"),
  search: await latestReport(dir, "search"),
  salesPoints: await latestReport(dir, "sales-points"),
  production: await latestReport(dir, "production"),
  isolation: await latestReport(dir, "isolation"),
  pages: await latestReport(dir, "pages"),
  counterSales: await latestReport(dir, "sales-points-counter"),
})
await writeFile(path.join(dir, "latest.md"), summary)
console.log("Written to bench/results/latest.md")

// One Lighthouse 12 mobile audit (performance and accessibility) with Debian's
// chromium (no browser download), and the median of several. Used by lighthouse.mjs
// and by bench.mjs's comparison with dtc-starter.
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

export const LIGHTHOUSE_VERSION = "12.2.3"

/** A headless chromium for Lighthouse to drive; `kill()` it when done. */
export function launchChromium() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

/** Scores and paint timings of one page, and what Lighthouse says would save the most. */
export async function audit(chrome, url) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // A phone on a mid-range connection (simulated throttling): Lighthouse's default mobile profile.
    formFactor: "mobile",
  })
  const num = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
  const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp_ms: num("first-contentful-paint"),
    lcp_ms: num("largest-contentful-paint"),
    speed_index_ms: num("speed-index"),
    tbt_ms: num("total-blocking-time"),
    cls: +(lhr.audits["cumulative-layout-shift"].numericValue ?? 0).toFixed(3),
    server_ms: num("server-response-time"),
    lcp_element: lcpElement?.snippet ?? null,
    // The performance audits that failed, with the time Lighthouse estimates they cost.
    opportunities: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.details?.overallSavingsMs > 0)
      .map((a) => ({ id: a.id, savings_ms: Math.round(a.details.overallSavingsMs) }))
      .sort((a, b) => b.savings_ms - a.savings_ms),
    failed_accessibility: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0)
      .map((a) => a.id),
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * The median of several audits of one page: each figure is the median of its own
 * values; the LCP element and the opportunities are those of the run with the
 * median performance score.
 */
export function medianOf(runs) {
  const byScore = [...runs].sort((a, b) => a.performance - b.performance)
  const middle = byScore[Math.floor(byScore.length / 2)]
  const figures = ["performance", "accessibility", "fcp_ms", "lcp_ms", "speed_index_ms", "tbt_ms", "cls", "server_ms"]
  return {
    runs: runs.length,
    ...Object.fromEntries(figures.map((f) => [f, median(runs.map((r) => r[f]))])),
    performance_runs: runs.map((r) => r.performance),
    lcp_element: middle.lcp_element,
    opportunities: middle.opportunities,
    failed_accessibility: [...new Set(runs.flatMap((r) => r.failed_accessibility))],
  }
}

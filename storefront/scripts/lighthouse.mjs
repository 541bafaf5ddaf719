#!/usr/bin/env node
// Lighthouse performance and accessibility scores of the home, catalog and product
// pages, with Debian's chromium (no browser download). Part of `npm run bench`.
// Usage: STOREFRONT_URL=http://localhost:3000 node storefront/scripts/lighthouse.mjs
// (CHROMIUM_PATH=/usr/bin/chromium). Prints one JSON object.
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const base = (process.env.STOREFRONT_URL ?? "http://localhost:3000").replace(
  /\/$/,
  ""
)
const pages = [
  { name: "home", path: "/" },
  {
    name: "catalog (4★+, An Giang)",
    path: "/products?stars=5&stars=4&province=91",
  },
  { name: "product", path: "/products/banh-hanh-nhan-tien-anh" },
]

const chrome = await chromeLauncher.launch({
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
const results = []
try {
  for (const page of pages) {
    const { lhr } = await lighthouse(base + page.path, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      // A phone on a mid-range connection, Lighthouse's default mobile profile.
      formFactor: "mobile",
    })
    results.push({
      page: page.name,
      path: page.path,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
      tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
      cls: +lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    })
  }
} finally {
  await chrome.kill()
}
console.log(
  JSON.stringify({ storefront: base, lighthouse: "12.2.3", results }, null, 2)
)

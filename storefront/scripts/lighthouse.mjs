#!/usr/bin/env node
// Lighthouse performance and accessibility scores of the home, catalog and product
// pages, with Debian's chromium (no browser download). Part of `npm run bench`.
// Usage: STOREFRONT_URL=http://localhost:3000 node storefront/scripts/lighthouse.mjs
// (CHROMIUM_PATH=/usr/bin/chromium). Prints one JSON object.
import { audit, launchChromium, LIGHTHOUSE_VERSION } from "./lib/lighthouse-audit.mjs"

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

const chrome = await launchChromium()
const results = []
try {
  for (const page of pages) {
    const { performance, accessibility, lcp_ms, tbt_ms, cls } = await audit(chrome, base + page.path)
    results.push({ page: page.name, path: page.path, performance, accessibility, lcp_ms, tbt_ms, cls })
  }
} finally {
  await chrome.kill()
}
console.log(
  JSON.stringify({ storefront: base, lighthouse: LIGHTHOUSE_VERSION, results }, null, 2)
)

#!/usr/bin/env node
// Storefront figures for `npm run bench`: server-render time (TTFB p50/p95 under
// concurrent load) of the home, catalog and product pages, and the JavaScript each
// page ships (gzip KB of its scripts and module preloads).
// Usage: STOREFRONT_URL=http://localhost:3000 node storefront/scripts/bench.mjs
// (BENCH_SECONDS=10 BENCH_CONCURRENCY=8). Prints one JSON object.
import { gzipSync } from "node:zlib"

const base = (process.env.STOREFRONT_URL ?? "http://localhost:3000").replace(/\/$/, "")
const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)

const pages = [
  { name: "home", path: "/" },
  { name: "catalog (4★+, An Giang)", path: "/products?stars=5&stars=4&province=91" },
  { name: "product", path: "/products/banh-hanh-nhan-tien-anh" },
]

/** Time to the first byte of the HTML, with `concurrency` clients in a closed loop. */
async function ttfb(url) {
  const once = async () => {
    const started = performance.now()
    const res = await fetch(url)
    const reader = res.body.getReader()
    await reader.read()
    const first = performance.now() - started
    while (!(await reader.read()).done) {
      // drain
    }
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    return first
  }
  for (let i = 0; i < 10; i++) await once()
  const samples = []
  const deadline = performance.now() + durationMs
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) samples.push(await once())
    })
  )
  samples.sort((a, b) => a - b)
  const at = (q) => +samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1)
  return { requests: samples.length, p50_ms: at(0.5), p95_ms: at(0.95) }
}

/** Every script the page loads at start (entry, route modules, preloads), gzipped. */
async function javascript(url) {
  const html = await (await fetch(url)).text()
  const srcs = new Set()
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) srcs.add(m[1])
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) srcs.add(m[1])
  for (const m of html.matchAll(/import(?:\(|\s+[^"']*from\s+)?\s*["'](\/assets\/[^"']+\.js)["']/g)) srcs.add(m[1])
  let raw = 0
  let gzip = 0
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("")
  gzip += gzipSync(Buffer.from(inline)).length
  return { files: srcs.size, js_kb: +(raw / 1024).toFixed(1), js_gzip_kb: +(gzip / 1024).toFixed(1) }
}

const results = []
for (const page of pages) {
  const url = base + page.path
  results.push({ page: page.name, path: page.path, ...(await ttfb(url)), ...(await javascript(url)) })
}
console.log(JSON.stringify({ storefront: base, concurrency, seconds: durationMs / 1000, results }, null, 2))

#!/usr/bin/env node
// Storefront figures for `npm run bench`: server-render time (TTFB p50/p95 under
// concurrent load) of the home, catalog and product pages, and the JavaScript each
// page ships (gzip KB of its scripts and module preloads).
// Usage: STOREFRONT_URL=http://localhost:3000 node storefront/scripts/bench.mjs
// (BENCH_SECONDS=10 BENCH_CONCURRENCY=8). Prints one JSON object.
//
// With BENCH_DTC_URL (Medusa's dtc-starter running against the same backend,
// bench/README.md) it then compares the two shops in one run, interleaved: first
// loads of home, catalog and product page (lib/first-load.mjs), and Lighthouse
// medians, written to bench/results/pages-<date>.json (see compareWithDtc below).
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { loadSpan } from "../../scripts/lib/load-average.mjs"
import { firstLoad } from "./lib/first-load.mjs"
import { audit, launchChromium, LIGHTHOUSE_VERSION, medianOf } from "./lib/lighthouse-audit.mjs"

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
// BENCH_SECONDS=0 skips this part (the comparison alone).
for (const page of durationMs > 0 ? pages : []) {
  const url = base + page.path
  results.push({ page: page.name, path: page.path, ...(await ttfb(url)), ...(await javascript(url)) })
}
const dtcBase = process.env.BENCH_DTC_URL?.replace(/\/$/, "")
const comparison = dtcBase ? await compareWithDtc(dtcBase) : undefined
console.log(JSON.stringify({ storefront: base, concurrency, seconds: durationMs / 1000, results, comparison }, null, 2))

/**
 * Our pages against dtc-starter's, one client at a time, interleaved: each round
 * loads every page of both shops, the shop that goes first alternating between
 * rounds, so a burst of load on the machine falls on both. BENCH_ROUNDS (30) after
 * 5 rounds of warm-up; BENCH_LIGHTHOUSE_RUNS (3) audits per page, also interleaved.
 */
async function compareWithDtc(dtc) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 30)
  const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
  const region = process.env.BENCH_DTC_COUNTRY ?? "vn"
  const product = process.env.BENCH_PRODUCT ?? "banh-hanh-nhan-tien-anh"
  const load = loadSpan()
  // dtc-starter's catalog is /store (every product, newest first): ours unfiltered is its match.
  const compared = [
    { name: "home", ours: "/", dtc: `/${region}` },
    { name: "catalog", ours: "/products", dtc: `/${region}/store` },
    { name: "product", ours: `/products/${product}`, dtc: `/${region}/products/${product}` },
  ]
  const samples = new Map(compared.map((p) => [p.name, { ours: [], dtc: [] }]))
  for (let round = -5; round < rounds; round++) {
    for (const page of compared) {
      const order = round % 2 ? ["dtc", "ours"] : ["ours", "dtc"]
      for (const side of order) {
        const load = await firstLoad((side === "ours" ? base : dtc) + page[side])
        if (round >= 0) samples.get(page.name)[side].push(load)
      }
    }
  }
  const p50 = (values) => +[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1)
  const summary = async (loads, url) => ({
    path: new URL(url).pathname + new URL(url).search,
    ttfb_p50_ms: p50(loads.map((l) => l.ttfb_ms)),
    full_p50_ms: p50(loads.map((l) => l.full_ms)),
    html_kb: +loads[0].html_kb.toFixed(1),
    assets: loads[0].assets,
    asset_kb: +loads[0].asset_kb.toFixed(1),
    ...(await javascript(url)),
  })
  const ratio = (a, b) => +(a / b).toFixed(2)
  const pagesOut = []
  for (const page of compared) {
    const ours = await summary(samples.get(page.name).ours, base + page.ours)
    const theirs = await summary(samples.get(page.name).dtc, dtc + page.dtc)
    pagesOut.push({
      name: page.name,
      ours,
      dtc: theirs,
      ratio: {
        full_p50: ratio(ours.full_p50_ms, theirs.full_p50_ms),
        ttfb_p50: ratio(ours.ttfb_p50_ms, theirs.ttfb_p50_ms),
        js_gzip: ratio(ours.js_gzip_kb, theirs.js_gzip_kb),
      },
    })
  }

  const audited = [
    ...compared.flatMap((p) => [
      { name: p.name, site: "ours", url: base + p.ours },
      { name: p.name, site: "dtc", url: dtc + p.dtc },
    ]),
    { name: "search", site: "ours", url: `${base}/search?q=${encodeURIComponent(process.env.BENCH_SEARCH ?? "mật ong")}` },
    {
      name: "experience",
      site: "ours",
      url: `${base}/experiences/${process.env.BENCH_EXPERIENCE ?? "lang-cham-chau-giang-det-tho-cam"}`,
    },
  ]
  const audits = new Map(audited.map((a) => [a.url, []]))
  const chrome = await launchChromium()
  try {
    for (let run = 0; run < lighthouseRuns; run++) {
      for (const { url } of audited) {
        // One plain request first, as a shop with visitors has its pages in its caches
        // (ours keeps a shared page 15 s; dtc-starter keeps fetches and prerendered pages).
        await fetch(url).then((res) => res.arrayBuffer())
        audits.get(url).push(await audit(chrome, url))
      }
    }
  } finally {
    await chrome.kill()
  }
  const lighthouseOut = audited.map(({ name, site, url }) => ({
    name,
    site,
    path: new URL(url).pathname + new URL(url).search,
    ...medianOf(audits.get(url)),
  }))
  for (const entry of lighthouseOut.filter((l) => l.site === "ours")) {
    const theirs = lighthouseOut.find((l) => l.site === "dtc" && l.name === entry.name)
    if (theirs) entry.fcp_vs_dtc = ratio(entry.fcp_ms, theirs.fcp_ms)
  }

  const report = {
    date: new Date().toISOString(),
    ours: base,
    dtc,
    method:
      "first load without a browser: the HTML, then every script and stylesheet it names (6 at once), one client at a time, interleaved rounds; full = the last of them arrived; p50 of BENCH_ROUNDS rounds",
    rounds,
    load_average: load.end(),
    pages: pagesOut,
    lighthouse_version: LIGHTHOUSE_VERSION,
    lighthouse_profile:
      "mobile, simulated throttling; each audit after one plain GET of the page (warm caches); each figure the median of its runs",
    lighthouse: lighthouseOut,
  }
  const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bench/results")
  await mkdir(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `pages-${report.date.replaceAll(":", "-").replace(".", "-")}.json`)
  await writeFile(file, JSON.stringify(report, null, 2) + "\n")
  console.error(`pages comparison written to ${path.relative(process.cwd(), file)}`)
  return report
}

// A browser's first load of a page, without the browser: the HTML, then every
// script and stylesheet it names, fetched as a browser would (at most 6 at once to
// one host over HTTP/1.1). Images and fonts are left out: both shops would fetch
// the same product pictures from the same backend.

/** The scripts and stylesheets a page names: <script src>, stylesheets, module preloads, Remix's inline imports. */
export function pageAssets(html) {
  const urls = new Set()
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1]
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    const as = /\bas="([^"]+)"/.exec(tag)?.[1]
    if (!href) continue
    if (rel === "stylesheet" || rel === "modulepreload" || (rel === "preload" && (as === "script" || as === "style"))) {
      urls.add(href.replaceAll("&amp;", "&"))
    }
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1].replaceAll("&amp;", "&"))
  for (const m of html.matchAll(/import(?:\(|\s+[^"']*from\s+)?\s*["'](\/assets\/[^"']+\.js)["']/g)) urls.add(m[1])
  return [...urls]
}

/**
 * Times one first load: TTFB of the HTML, and the moment the last of its scripts
 * and stylesheets has arrived ("full"). Throws on a status other than 200.
 */
export async function firstLoad(url) {
  const started = performance.now()
  const res = await fetch(url, { headers: { "accept-encoding": "gzip, deflate, br" } })
  const reader = res.body.getReader()
  const chunks = []
  let first = await reader.read()
  const ttfb = performance.now() - started
  while (!first.done) {
    chunks.push(first.value)
    first = await reader.read()
  }
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`)
  const html = Buffer.concat(chunks).toString("utf8")
  const queue = pageAssets(html).map((src) => new URL(src, url).toString())
  let bytes = 0
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const asset = await fetch(next)
      if (!asset.ok) throw new Error(`${next} answered ${asset.status}`)
      bytes += (await asset.arrayBuffer()).byteLength
    }
  }
  const assets = queue.length
  await Promise.all(Array.from({ length: 6 }, worker))
  return { ttfb_ms: ttfb, full_ms: performance.now() - started, assets, html_kb: html.length / 1024, asset_kb: bytes / 1024 }
}

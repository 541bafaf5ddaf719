// The staff console's service worker (decision 404), scope /sales-point/. Hand-written
// and small: it keeps the console's shell (its pages' HTML by path and the hashed
// /assets/ files they load) and each point's catalogue with prices, so the sell page
// opens and sells without network. Sales themselves are queued in IndexedDB by the
// page, never here: the worker only answers GETs.
const VERSION = "1"
const SHELL = `ocop-staff-shell-${VERSION}`
const DATA = `ocop-staff-data-${VERSION}`

const CATALOG = /^\/sales-point\/[^/]+\/offline-catalog$/
const SELL_PAGE = /^\/sales-point\/([^/]+)\//

// The console's own files outside /assets/: its icon, manifest and app icons.
const STATIC = ["/favicon.svg", "/sales-point.webmanifest", "/sales-point-icon-192.png", "/sales-point-icon-512.png"]

self.addEventListener("install", (event) => {
  self.skipWaiting()
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(STATIC)).catch(() => undefined))
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("ocop-staff-") && name !== SHELL && name !== DATA) await caches.delete(name)
      }
      // The page that registered the worker is served by it from now on, not after a reload.
      await self.clients.claim()
    })()
  )
})

// A page loaded before the worker controlled it names what it loaded (its URL and
// the /assets/ files), so the first visit is enough to open the console offline.
self.addEventListener("message", (event) => {
  const data = event.data
  if (!data || data.type !== "ocop-staff-keep" || !Array.isArray(data.urls)) return
  const reply = event.ports && event.ports[0]
  event.waitUntil(keep(data.urls).then((kept) => reply && reply.postMessage({ type: "ocop-staff-kept", kept })))
})

// Where a kept URL goes and under which key: hashed assets by path (fetched once),
// the catalogue by path in its own cache, Remix's route manifest answers by URL.
function placeOf(url) {
  if (url.pathname.startsWith("/assets/")) return { cache: SHELL, key: url.pathname, once: true }
  if (CATALOG.test(url.pathname)) return { cache: DATA, key: url.pathname, once: false }
  if (url.pathname === "/__manifest") return { cache: SHELL, key: url.pathname + url.search, once: true }
  // A page the worker already served is kept fresh by its navigations; only a page
  // loaded before the worker took over is fetched here.
  if (url.pathname.startsWith("/sales-point/")) return { cache: SHELL, key: url.pathname, once: true }
  return null
}

async function keep(urls) {
  let kept = 0
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.origin)
      const place = url.origin === self.location.origin ? placeOf(url) : null
      if (!place) return
      const cache = await caches.open(place.cache)
      if (place.once && (await cache.match(place.key))) {
        kept++
        return
      }
      try {
        const res = await fetch(url.pathname + url.search, { credentials: "same-origin" })
        if (res.ok && !res.redirected) {
          await cache.put(place.key, res)
          kept++
        }
      } catch {
        // Offline already: what is kept stays.
      }
    })
  )
  return kept
}

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === "navigate") {
    if (url.pathname.startsWith("/sales-point/")) event.respondWith(page(request, url))
    return
  }
  if (url.pathname.startsWith("/assets/")) event.respondWith(asset(request, url))
  else if (CATALOG.test(url.pathname)) event.respondWith(networkFirst(request, DATA, url.pathname))
  // Remix asks which routes the page's links lead to; offline, the answer it had.
  else if (url.pathname === "/__manifest") event.respondWith(networkFirst(request, SHELL, url.pathname + url.search))
  else if (STATIC.includes(url.pathname)) event.respondWith(networkFirst(request, SHELL, url.pathname))
})

// Hashed file names never change content: the cache answers first.
async function asset(request, url) {
  const cache = await caches.open(SHELL)
  const kept = await cache.match(url.pathname)
  if (kept) return kept
  const res = await fetch(request)
  if (res.ok) await cache.put(url.pathname, res.clone())
  return res
}

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName)
  try {
    const res = await fetch(request)
    if (res.ok && !res.redirected) await cache.put(key, res.clone())
    return res
  } catch {
    // Offline: the last answer kept, else a plain "unavailable" the page can handle.
    const kept = await cache.match(key)
    return kept || new Response("", { status: 503, headers: { "cache-control": "no-store" } })
  }
}

// A console page: the network's answer when there is one (and kept for later), else
// the page as last seen, else the point's sell page, which works offline.
async function page(request, url) {
  const cache = await caches.open(SHELL)
  try {
    const res = await fetch(request)
    // Signed out (or sent to sign in): the pages and catalogue of that session are forgotten.
    if (new URL(res.url || request.url).pathname === "/sales-point/login") {
      await forgetSession(cache)
      return res
    }
    const html = (res.headers.get("content-type") || "").startsWith("text/html")
    if (res.ok && !res.redirected && html) await cache.put(url.pathname, res.clone())
    return res
  } catch {
    const kept = await cache.match(url.pathname)
    if (kept) return kept
    const point = SELL_PAGE.exec(url.pathname)
    const sell = point && (await cache.match(`/sales-point/${point[1]}/sell`))
    if (sell) return sell
    return offlinePage()
  }
}

async function forgetSession(cache) {
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith("/assets/")) await cache.delete(request)
  }
  await caches.delete(DATA)
}

function offlinePage() {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mất mạng · Điểm bán OCOP</title></head>
<body><h1>Mất mạng</h1>
<p>Trang này chưa được lưu trên máy để dùng khi mất mạng. Trang Bán tại quầy dùng được khi mất mạng nếu đã mở nó một lần khi có mạng.</p>
<p lang="en">No network, and this page was not saved on this device. The counter sale page works offline once it has been opened online.</p>
</body></html>`
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } })
}

// The console's service worker (public/sales-point-sw.js, decision 404): registered by
// the console's pages, it keeps the shell and the point's catalogue for offline use.
const SCRIPT = "/sales-point-sw.js"
const SCOPE = "/sales-point/"

/** The URLs this page loaded from the storefront that a later offline visit needs again. */
function loadedHere(extra: string[]): string[] {
  const own = performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((href) => {
      const url = new URL(href)
      return url.origin === location.origin && (url.pathname.startsWith("/assets/") || url.pathname === "/__manifest")
    })
  return [...new Set([location.pathname, ...extra, ...own])]
}

/**
 * Registers the worker (once per browser; later calls find it) and asks it to keep
 * this page, what it loaded and `extra` (the catalogue). Resolves true once they are
 * kept, false where there is no service worker (an old browser, plain http).
 */
export async function keepForOffline(extra: string[] = []): Promise<boolean> {
  // Offline there is nothing to fetch and keep; what was kept stays.
  if (!("serviceWorker" in navigator) || !navigator.onLine) return false
  try {
    await navigator.serviceWorker.register(SCRIPT, { scope: SCOPE })
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker) return false
    const channel = new MessageChannel()
    const kept = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = () => resolve(true)
    })
    worker.postMessage({ type: "ocop-staff-keep", urls: loadedHere(extra) }, [channel.port2])
    return await kept
  } catch {
    return false
  }
}

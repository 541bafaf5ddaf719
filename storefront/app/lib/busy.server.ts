import { json } from "@remix-run/node"

/** What the page tells the browser when the backend said "busy": retry shortly. */
export const BUSY_RETRY_AFTER_SECONDS = 2

/**
 * Rethrows the backend's "busy, retry" (503: its search and catalog bounds are full,
 * or a read ran past its statement timeout) as this page's own 503, which the route's
 * error boundary shows as "Đang quá tải, thử lại sau giây lát" inside the shop's
 * layout. Anything else goes on unchanged.
 */
export function rethrowBusy(error: unknown): never {
  if ((error as { status?: unknown } | null)?.status === 503)
    throw json(
      { busy: true },
      { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } }
    )
  throw error
}

import { json } from "@remix-run/node"

/** What the page tells the browser when the backend cannot answer now: retry shortly. */
export const BUSY_RETRY_AFTER_SECONDS = 2

/**
 * The page's own 503, which every route's error boundary shows as "Đang quá tải, thử lại
 * sau giây lát" inside its layout (components/error-boundary.tsx).
 */
export function busyResponse(): Response {
  return json({ busy: true }, { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } })
}

/**
 * Whether the backend could not answer now: its 503 (the search and catalog bounds are
 * full, a read ran past its statement timeout, or its database is unreachable), or no
 * answer at all (not listening, as during a restart). Without an answer, Node's own
 * fetch throws a TypeError "fetch failed"; the fetch Remix installs in production
 * (@remix-run/web-fetch) a FetchError of type "system" (ECONNREFUSED, ECONNRESET…).
 */
export function isBackendUnavailable(error: unknown): boolean {
  const failure = error as { status?: unknown; type?: unknown } | null
  if (failure?.status === 503) return true
  if (failure?.type === "system") return true
  return error instanceof TypeError && error.message === "fetch failed"
}

/** Rethrows the backend's "cannot answer now" as the page's 503 (busyResponse); anything else unchanged. */
export function rethrowBusy(error: unknown): never {
  if (isBackendUnavailable(error)) throw busyResponse()
  throw error
}

/**
 * `fetch` for the backend calls the js-sdk cannot make (multipart uploads, the API
 * session, bodies kept on refusal): its 503 or no answer becomes the page's 503; any
 * other answer is the caller's to read.
 */
export async function backendFetch(input: string | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init).catch(rethrowBusy)
  if (response.status === 503) throw busyResponse()
  return response
}

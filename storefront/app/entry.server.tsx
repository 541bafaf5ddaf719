import {
  createReadableStreamFromReadable,
  type EntryContext,
  type HandleDataRequestFunction,
} from "@remix-run/node"
import { RemixServer } from "@remix-run/react"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import { BUSY_RETRY_AFTER_SECONDS } from "./lib/busy.server"
import { pageCache } from "./lib/http-cache.server"
import { backendUrl } from "./lib/medusa.server"
import { NonceProvider } from "./lib/nonce"
import { pageStyles } from "./lib/page-styles.server"
import { PageStylesProvider } from "./components/page-styles"
import { applySecurityHeaders, contentSecurityPolicy, createNonce } from "./lib/security-headers"
import { withoutNulBytes } from "./lib/without-nul-bytes.server"

const development = process.env.NODE_ENV === "development"
const ABORT_AFTER_MS = 10_000

// Our own entry to add the security headers and the CSP nonce of each page; rendering
// is Remix's usual streaming, waiting for the whole page for crawlers (isbot) so they index it all.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext
) {
  // Decided from the data before rendering: a 304 needs no render at all.
  const cache = pageCache({
    request,
    status: responseStatusCode,
    headers: responseHeaders,
    handles: remixContext.staticHandlerContext.matches.map((match) => remixContext.routeModules[match.route.id]?.handle),
    loaderData: remixContext.staticHandlerContext.loaderData,
    version: remixContext.manifest.version,
  })
  for (const [name, value] of Object.entries(cache.headers)) responseHeaders.set(name, value)
  // The backend could not answer (lib/busy.server.ts): the page says when to try again.
  // A thrown Response's own headers reach only routes that export `headers` for errors.
  if (responseStatusCode === 503) responseHeaders.set("Retry-After", String(BUSY_RETRY_AFTER_SECONDS))
  // Only the validators: the browser keeps the page and the CSP nonce it was sent with.
  if (cache.kind === "public" && cache.notModified) return new Response(null, { status: 304, headers: cache.headers })
  const waitForAll = isbot(request.headers.get("user-agent") ?? "")
  const nonce = createNonce()
  return new Promise<Response>((resolve, reject) => {
    let failed = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <PageStylesProvider value={pageStyles}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_AFTER_MS} />
        </PageStylesProvider>
      </NonceProvider>,
      {
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          const body = withoutNulBytes()
          responseHeaders.set("Content-Type", "text/html; charset=utf-8")
          applySecurityHeaders(responseHeaders, request)
          responseHeaders.set(
            "Content-Security-Policy",
            contentSecurityPolicy({ nonce, backendUrl, stripe: Boolean(process.env.STRIPE_PUBLISHABLE_KEY), development })
          )
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: failed ? 500 : responseStatusCode,
            })
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          failed = true
          console.error(error)
        },
      }
    )
    setTimeout(abort, ABORT_AFTER_MS + 1000)
  })
}

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  applySecurityHeaders(response.headers, request)
  return response
}

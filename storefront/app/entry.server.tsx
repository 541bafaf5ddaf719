import { PassThrough } from "node:stream"
import {
  createReadableStreamFromReadable,
  type EntryContext,
  type HandleDataRequestFunction,
} from "@remix-run/node"
import { RemixServer } from "@remix-run/react"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import { applySecurityHeaders } from "./lib/security-headers"

const production = process.env.NODE_ENV === "production"
const ABORT_AFTER_MS = 10_000

// Our own entry only to add the security headers; rendering is Remix's usual
// streaming, waiting for the whole page for crawlers (isbot) so they index it all.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext
) {
  const waitForAll = isbot(request.headers.get("user-agent") ?? "")
  return new Promise<Response>((resolve, reject) => {
    let failed = false
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_AFTER_MS} />,
      {
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          const body = new PassThrough()
          responseHeaders.set("Content-Type", "text/html; charset=utf-8")
          applySecurityHeaders(responseHeaders, production)
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

export const handleDataRequest: HandleDataRequestFunction = (response) => {
  applySecurityHeaders(response.headers, production)
  return response
}

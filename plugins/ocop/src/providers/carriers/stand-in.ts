import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A carrier's API cannot be reached from here: this HTTP server stands in for it,
 * records every request exactly as sent (method, path, query, headers, JSON body)
 * and answers with what the test scripted from the carrier's documentation. Used by
 * the providers' contract tests, the backend's checkout test and the browser e2e.
 */
export type RecordedRequest = {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  body: any
}

/** An answer: status and JSON body, or "hang" to never answer (a timeout). */
export type StandInAnswer = { status?: number; body: unknown } | "hang"
export type StandInRoute = (request: RecordedRequest) => StandInAnswer

export async function startCarrierStandIn(
  routes: Record<string, StandInRoute> = {},
  /** A fixed port, when the shop under test was told where its carriers are (the e2e stack); else any free one. */
  port = 0
) {
  const requests: RecordedRequest[] = []
  const table = { ...routes }
  const hanging = new Set<import("node:http").ServerResponse>()
  const server = createServer(async (req, res) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? "/", "http://stand-in")
    let body: any = raw
    try {
      body = raw ? JSON.parse(raw) : null
    } catch {
      // Kept as text: the test asserts what was sent.
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    }
    requests.push(recorded)
    const route = table[`${recorded.method} ${recorded.path}`]
    const answer: StandInAnswer = route
      ? route(recorded)
      : {
          status: 404,
          body: {
            message: `no stand-in for ${recorded.method} ${recorded.path}`,
          },
        }
    if (answer === "hang") {
      hanging.add(res)
      return
    }
    res.writeHead(answer.status ?? 200, { "content-type": "application/json" })
    res.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  const bound = (server.address() as AddressInfo).port
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}`,
    requests,
    /** Replaces or adds answers for the next requests. */
    answer(more: Record<string, StandInRoute>) {
      Object.assign(table, more)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

import http, { createServer, type IncomingMessage } from "node:http"
import https from "node:https"
import type { AddressInfo } from "node:net"
import { createRequire } from "node:module"

/**
 * Stripe's API cannot be reached from here and stripe-mock is not installable, so
 * this stands in for the PaymentIntents endpoints the provider calls: it records
 * every request as sent (method, path, headers, form body) and answers with the
 * documented object shape. The tests assert the requests against Stripe's API
 * reference (form-encoded bodies, bearer key, idempotency key, amounts in the
 * currency's smallest unit).
 */
export type RecordedStripeRequest = {
  method: string
  path: string
  headers: IncomingMessage["headers"]
  form: Record<string, string>
}

type Intent = Record<string, any>

export async function startStripeStandIn() {
  const requests: RecordedStripeRequest[] = []
  const intents = new Map<string, Intent>()
  let next = 1

  const server = createServer(async (req, res) => {
    let body = ""
    for await (const chunk of req) body += chunk
    const form = Object.fromEntries(new URLSearchParams(body))
    const path = (req.url ?? "").split("?")[0]!
    requests.push({
      method: req.method ?? "",
      path,
      headers: req.headers,
      form,
    })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${next}`,
      })
      res.end(JSON.stringify(payload))
    }
    const match =
      /^\/v1\/payment_intents(?:\/([^/]+))?(?:\/(capture|cancel))?$/.exec(path)
    if (!match)
      return send(404, {
        error: {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${req.method}: ${path})`,
        },
      })
    const [, id, action] = match
    if (!id && req.method === "POST") {
      const intentId = `pi_standin_${next++}`
      const intent: Intent = {
        id: intentId,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_received: 0,
        currency: form.currency,
        capture_method: form.capture_method ?? "automatic",
        status: "requires_payment_method",
        client_secret: `${intentId}_secret_local`,
        metadata: Object.fromEntries(
          Object.entries(form)
            .filter(([k]) => k.startsWith("metadata["))
            .map(([k, v]) => [k.slice(9, -1), v])
        ),
        payment_method: null,
        livemode: false,
      }
      intents.set(intent.id, intent)
      return send(200, intent)
    }
    const intent = id ? intents.get(id) : undefined
    if (!intent)
      return send(404, {
        error: {
          type: "invalid_request_error",
          code: "resource_missing",
          message: `No such payment_intent: '${id}'`,
        },
      })
    if (action === "capture")
      Object.assign(intent, {
        status: "succeeded",
        amount_received: intent.amount,
      })
    else if (action === "cancel") Object.assign(intent, { status: "canceled" })
    else if (req.method === "POST" && form.amount)
      intent.amount = Number(form.amount)
    return send(200, intent)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    requests,
    intents,
    /** The shopper confirmed the card (and 3-D Secure): Stripe holds the amount for capture. */
    authorize(id: string) {
      Object.assign(intents.get(id)!, { status: "requires_capture" })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Sends the Stripe client's calls to api.stripe.com to the stand-in. Medusa's Stripe
 * provider builds its client with the API key alone (no host option), so the redirect
 * happens where the stripe library itself invites test doubles: Node's https.request
 * (stripe-node keeps it patchable for nock). The provider's code and the library's
 * request encoding run unchanged; only the socket goes to 127.0.0.1 in plain HTTP.
 * Returns the stripe library the provider uses, for its webhook test helper.
 */
export function routeStripeApiTo(port: number) {
  const original = https.request
  https.request = function (this: unknown, options: any, ...rest: any[]) {
    if (options?.host !== "api.stripe.com")
      return (original as any).call(this, options, ...rest)
    const req = http.request(
      { ...options, host: "127.0.0.1", port, agent: undefined },
      ...rest
    )
    // stripe-node writes the body on the TLS handshake ("secureConnect"); plain TCP only says "connect".
    req.on("socket", (socket) =>
      socket.once("connect", () => socket.emit("secureConnect"))
    )
    return req
  } as typeof https.request
  const fromProvider = createRequire(
    createRequire(import.meta.url).resolve("@medusajs/payment-stripe")
  )
  return fromProvider("stripe") as any
}

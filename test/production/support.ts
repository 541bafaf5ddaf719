// Starts the backend as deployed (built output, N servers, workers, Redis) on a
// throwaway embedded PostgreSQL, and talks to its instances over HTTP.
import { mkdtemp, readFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { DEMO_ADMIN } from "../../scripts/lib/demo.mjs"
import { root, startStack } from "../../scripts/lib/stack.mjs"
import { freePort } from "../support/free-port"

export type ProductionShop = Awaited<ReturnType<typeof startProductionShop>>

export async function startProductionShop(options: {
  servers: number
  workers: number
  env: Record<string, string>
  /** A PostgreSQL of the caller's (with the database created); else a throwaway embedded one. */
  databaseUrl?: string
}) {
  const logDir = await mkdtemp(path.join(os.tmpdir(), "ocop-production-"))
  const internalPorts: number[] = []
  for (let i = 0; i < options.servers + options.workers; i++) internalPorts.push(await freePort())
  const stack = await startStack({
    dataDir: path.join(root, ".data", `production-postgres-${process.pid}`),
    throwawayDatabase: true,
    databaseUrl: options.databaseUrl,
    backendPort: await freePort(),
    storefrontPort: await freePort(),
    backendMode: "production",
    servers: options.servers,
    workers: options.workers,
    internalPorts,
    logDir,
    storefront: false,
    stdio: "ignore",
    extraEnv: options.env,
    log: (line: string) => console.log(`[production] ${line}`),
  })
  const production = stack.production!
  return {
    stack,
    logDir,
    serverUrls: production.serverUrls as string[],
    workerUrls: production.workerUrls as string[],
    publishableKey: stack.publishableKey as string,
    /** Every process's log, by process name (server1, worker1…). */
    async logs(): Promise<Record<string, string>> {
      const names = [
        ...production.serverUrls.map((_: string, i: number) => `server${i + 1}`),
        ...production.workerUrls.map((_: string, i: number) => `worker${i + 1}`),
      ]
      const entries = await Promise.all(
        names.map(async (n) => [n, await readFile(path.join(logDir, `${n}.log`), "utf8")] as const)
      )
      return Object.fromEntries(entries)
    },
  }
}

export type Reply = { status: number; body: any }

export async function call(
  base: string,
  method: string,
  url: string,
  options: { body?: unknown; headers?: Record<string, string> } = {}
): Promise<Reply> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { "content-type": "application/json", ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    // A request that hangs is a finding too: it shows up as status 0.
    signal: AbortSignal.timeout(60_000),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body }
}

export async function ok(reply: Promise<Reply>): Promise<any> {
  const { status, body } = await reply
  if (status >= 300) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`)
  return body
}

export async function adminHeaders(base: string) {
  const { token } = await ok(call(base, "POST", "/auth/user/emailpass", { body: DEMO_ADMIN }))
  return { authorization: `Bearer ${token}` }
}

/**
 * A guest cart ready to complete: one item, a Vietnamese address, the first
 * shipping option and a cash-on-delivery payment session. Each step goes to the
 * instance `pick(step)` names, so a cart can travel between instances.
 */
export async function readyCart(
  shop: ProductionShop,
  variantId: string,
  pick: (step: number) => string
) {
  const headers = { "x-publishable-api-key": shop.publishableKey }
  const { regions } = await ok(call(pick(0), "GET", "/store/regions", { headers }))
  const { cart } = await ok(
    call(pick(1), "POST", "/store/carts", {
      headers,
      body: { region_id: regions[0].id, email: "khach@ocop.test" },
    })
  )
  await ok(
    call(pick(2), "POST", `/store/carts/${cart.id}/line-items`, {
      headers,
      body: { variant_id: variantId, quantity: 1 },
    })
  )
  await ok(
    call(pick(3), "POST", `/store/carts/${cart.id}`, {
      headers,
      body: {
        shipping_address: {
          first_name: "Lan",
          last_name: "Nguyễn",
          address_1: "12 Trần Hưng Đạo",
          city: "Long Xuyên",
          province: "An Giang",
          country_code: "vn",
          phone: "0912345678",
        },
      },
    })
  )
  const { shipping_options } = await ok(
    call(pick(4), "GET", `/store/shipping-options?cart_id=${cart.id}`, { headers })
  )
  await ok(
    call(pick(5), "POST", `/store/carts/${cart.id}/shipping-methods`, {
      headers,
      body: { option_id: shipping_options[0].id },
    })
  )
  const { payment_collection } = await ok(
    call(pick(6), "POST", "/store/payment-collections", { headers, body: { cart_id: cart.id } })
  )
  await ok(
    call(pick(7), "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      headers,
      body: { provider_id: "pp_system_default" },
    })
  )
  return { cartId: cart.id as string, headers }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`not reached within ${ms / 1000}s`)
    await sleep(250)
  }
}

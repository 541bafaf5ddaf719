// Starts the backend as deployed (built output, N servers, workers, Redis) on a
// throwaway embedded PostgreSQL, and talks to its instances over HTTP.
import { mkdtemp, readFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { readyCart as readyCartOn } from "../../scripts/lib/shop-client.mjs"
import { root, startStack } from "../../scripts/lib/stack.mjs"
import { freePorts } from "../support/free-port"

export type ProductionShop = Awaited<ReturnType<typeof startProductionShop>>

export async function startProductionShop(options: {
  servers: number
  workers: number
  env: Record<string, string>
  /** A PostgreSQL of the caller's (with the database created); else a throwaway embedded one. */
  databaseUrl?: string
}) {
  const logDir = await mkdtemp(path.join(os.tmpdir(), "ocop-production-"))
  const [backendPort, storefrontPort, ...internalPorts] = await freePorts(
    2 + options.servers + options.workers
  )
  const stack = await startStack({
    dataDir: path.join(root, ".data", `production-postgres-${process.pid}`),
    throwawayDatabase: true,
    databaseUrl: options.databaseUrl,
    backendPort,
    storefrontPort,
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
export { adminHeaders, call, ok } from "../../scripts/lib/shop-client.mjs"

/** A cart ready to complete (see scripts/lib/shop-client.mjs), its steps spread by `pick`. */
export function readyCart(shop: ProductionShop, variantId: string, pick: (step: number) => string, email?: string) {
  return readyCartOn({ publishableKey: shop.publishableKey, variantId, pick, email })
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

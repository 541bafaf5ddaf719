// Starts the backend as deployed (built output, N servers, workers, Redis) on a
// database of its own in the run's throwaway embedded PostgreSQL (global-setup.ts),
// and talks to its instances over HTTP.
import { randomUUID } from "node:crypto"
import { mkdtemp, readFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { inject } from "vitest"
import { readyCart as readyCartOn } from "../../scripts/lib/shop-client.mjs"
import { startStack, withClient } from "../../scripts/lib/stack.mjs"
import { freePorts } from "../support/free-port"

export type ProductionShop = Awaited<ReturnType<typeof startProductionShop>>

/**
 * A database of this file's own, a copy of the shop global-setup.ts migrated and
 * seeded for the run (`CREATE DATABASE … TEMPLATE`): every file starts from the same
 * fresh shop, whatever the files before it sold.
 */
export async function freshShopDatabase() {
  const prepared = inject("productionDatabase")
  if (!prepared) throw new Error("No shop database was prepared: the production project's global setup needs REDIS_URL")
  const name = `ocop_market_${randomUUID().slice(0, 8)}`
  await withClient(prepared.serverUrl, (c) => c.query(`create database "${name}" template "${prepared.template}"`))
  const url = new URL(prepared.serverUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), port: prepared.port }
}

export async function startProductionShop(options: {
  servers: number
  workers: number
  env: Record<string, string>
  /** A URL to a copy made by freshShopDatabase (the outage test's goes through its relay); else a new copy. */
  databaseUrl?: string
}) {
  const logDir = await mkdtemp(path.join(os.tmpdir(), "ocop-production-"))
  const [backendPort, storefrontPort, ...internalPorts] = await freePorts(
    2 + options.servers + options.workers
  )
  const stack = await startStack({
    databaseUrl: options.databaseUrl ?? (await freshShopDatabase()).url,
    databaseReady: true,
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

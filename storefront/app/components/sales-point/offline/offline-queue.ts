import { openDB, type DBSchema, type IDBPDatabase } from "idb"
import { afterReplay, isStale, replayBody, replayOutcome, type QueuedSale } from "./queue-rules"

// The counter's sales made without network, kept in IndexedDB until the API has
// recorded them (decision 404). Browser only: the sell page and the console header
// import this lazily.

interface QueueDb extends DBSchema {
  sales: { key: string; value: QueuedSale; indexes: { point: string } }
}

let opened: Promise<IDBPDatabase<QueueDb>> | null = null
function db() {
  opened ??= openDB<QueueDb>("ocop-sales-point", 1, {
    upgrade(database) {
      database.createObjectStore("sales", { keyPath: "key" }).createIndex("point", "point_id")
    },
  })
  return opened
}

// Every tab of the console shows the same queue: a change in one is announced to the others.
const listeners = new Set<() => void>()
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("ocop-sales-point-queue")
if (channel) channel.onmessage = () => listeners.forEach((listener) => listener())
function changed() {
  listeners.forEach((listener) => listener())
  channel?.postMessage("changed")
}

/** Calls `listener` whenever the queue changes, in this tab or another. */
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The point's queued sales, oldest first (recorded ones a day long, to link their receipts). */
export async function queuedSales(pointId: string): Promise<QueuedSale[]> {
  const database = await db()
  const now = new Date()
  const all = await database.getAllFromIndex("sales", "point", pointId)
  const stale = all.filter((s) => isStale(s, now))
  if (stale.length) {
    const tx = database.transaction("sales", "readwrite")
    await Promise.all([...stale.map((s) => tx.store.delete(s.key)), tx.done])
  }
  return all.filter((s) => !isStale(s, now)).sort((a, b) => a.sold_at.localeCompare(b.sold_at))
}

/** Keeps a new sale; a key already queued is refused (the sale was kept already). */
export async function enqueueSale(sale: QueuedSale) {
  await (await db()).add("sales", sale)
  changed()
}

export async function putSale(sale: QueuedSale) {
  await (await db()).put("sales", sale)
  changed()
}

export async function removeSale(key: string) {
  await (await db()).delete("sales", key)
  changed()
}

export type ReplayResult = "done" | "offline" | "signin"

/**
 * Sends the point's waiting sales to the API, oldest first, one at a time, each under
 * its own Idempotency-Key. Only one tab replays at a time (a Web Lock; without it the
 * API's lock on the key still records a sale once). Stops at the first answer that
 * says the network or the session is gone; a refused sale waits for the staff member.
 */
export async function replayQueue(pointId: string): Promise<ReplayResult> {
  const run = async (): Promise<ReplayResult> => {
    // "syncing" left over from a tab closed mid-replay is sent again: the key makes it harmless.
    const waiting = (await queuedSales(pointId)).filter((s) => s.status === "pending" || s.status === "syncing")
    for (const sale of waiting) {
      await putSale({ ...sale, status: "syncing" })
      let status: number | null = null
      let body: unknown = null
      try {
        const res = await fetch(`/sales-point/${encodeURIComponent(pointId)}/offline-sales`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(replayBody(sale)),
          credentials: "same-origin",
        })
        status = res.status
        body = await res.json().catch(() => null)
      } catch {
        status = null
      }
      const outcome = replayOutcome(status, body)
      await putSale(afterReplay(sale, outcome, new Date()))
      if (outcome.kind === "retry") return "offline"
      if (outcome.kind === "signin") return "signin"
    }
    return "done"
  }
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined
  if (!locks) return run()
  return locks.request(`ocop-sales-point-queue:${pointId}`, run)
}

import type { CounterPayment } from "~/lib/data/sales-point-api.server"
import { outOfStockLines } from "../basket"
import type { OcopStockShortfall } from "~/lib/ocop-types"

/** One line of a sale made offline, priced from the catalogue the console had saved. */
export type QueuedLine = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  quantity: number
  unit_price: number
}

/** How an offline sale was paid: cash (what was handed over) or card at the counter, for its whole total. */
export type OfflinePayment = { method: "cash"; tendered: number | null } | { method: "card_at_counter"; reference: string | null }

export type QueuedSaleStatus = "pending" | "syncing" | "attention" | "recorded"

/**
 * A sale kept in the browser until the API has recorded it. `key` is its
 * Idempotency-Key, made once when it was sold: every replay sends the same one, so
 * the API records it once however often it arrives. `sold_at` is the device's clock.
 */
export type QueuedSale = {
  key: string
  point_id: string
  sold_at: string
  lines: QueuedLine[]
  payment: OfflinePayment
  total: number
  status: QueuedSaleStatus
  attempts: number
  /** The API's refusal (status "attention"), which names the line. */
  message: string | null
  /** Refused lines by variant: what the point had and what the sale needed. */
  short: Record<string, { available: number; needed: number }>
  order_id: string | null
  recorded_at: string | null
}

const KEY = /^[A-Za-z0-9_-]{8,100}$/

/** A new Idempotency-Key for a sale (the API takes 8–100 letters, digits, '-' or '_'). */
export function newSaleKey(random: () => string = () => crypto.randomUUID()): string {
  const key = `offline-${random()}`
  if (!KEY.test(key)) throw new Error(`not a usable sale key: ${key}`)
  return key
}

export function saleTotal(lines: Pick<QueuedLine, "quantity" | "unit_price">[]): number {
  return lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0)
}

/** A sale to queue: pending, never sent. */
export function queuedSale(input: { key: string; point_id: string; sold_at: Date; lines: QueuedLine[]; payment: OfflinePayment }): QueuedSale {
  return {
    ...input,
    sold_at: input.sold_at.toISOString(),
    total: saleTotal(input.lines),
    status: "pending",
    attempts: 0,
    message: null,
    short: {},
    order_id: null,
    recorded_at: null,
  }
}

/**
 * The API's payments for the sale: its whole total by the method it was paid with,
 * at the price the console charged. Should the catalogue's price have changed
 * meanwhile, the API's total differs and it refuses the sale naming `payments`.
 */
export function paymentsOf(sale: Pick<QueuedSale, "payment" | "total">): CounterPayment[] {
  if (sale.payment.method === "cash") return [{ method: "cash", amount: sale.total, tendered: Math.max(sale.payment.tendered ?? sale.total, sale.total) }]
  return [{ method: "card_at_counter", amount: sale.total, reference: sale.payment.reference }]
}

/** What the console sends to replay a sale (the storefront's offline-sales route). */
export function replayBody(sale: QueuedSale) {
  return {
    key: sale.key,
    sold_at: sale.sold_at,
    items: sale.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    payments: paymentsOf(sale),
  }
}

export type ReplayOutcome =
  | { kind: "recorded"; order_id: string }
  | { kind: "refused"; message: string; shortfalls: OcopStockShortfall[] }
  | { kind: "signin" }
  | { kind: "retry" }

/**
 * What one replay's answer means. Recorded: done. Refused (the API answered why, e.g.
 * sold out meanwhile): nothing was recorded and retrying cannot help, so a person
 * decides. Signed out: wait for a new sign-in. Anything else (no network, a 5xx, an
 * answer that is not ours) may not have reached the API or may have: it stays
 * queued and is sent again under the same key, which the API records at most once.
 */
export function replayOutcome(status: number | null, body: unknown): ReplayOutcome {
  const data = (body ?? {}) as { status?: unknown; order_id?: unknown; message?: unknown; shortfalls?: unknown }
  if (status === 200 && data.status === "recorded" && typeof data.order_id === "string") return { kind: "recorded", order_id: data.order_id }
  if (status === 422 && data.status === "refused" && typeof data.message === "string") {
    const shortfalls = Array.isArray(data.shortfalls) ? data.shortfalls.filter(isShortfall) : []
    return { kind: "refused", message: data.message, shortfalls }
  }
  if (status === 401) return { kind: "signin" }
  return { kind: "retry" }
}

function isShortfall(value: unknown): value is OcopStockShortfall {
  const v = value as Partial<OcopStockShortfall> | null
  return typeof v?.variant_id === "string" && Number.isInteger(v.available) && Number.isInteger(v.needed)
}

/** The sale after an answer. */
export function afterReplay(sale: QueuedSale, outcome: ReplayOutcome, now: Date): QueuedSale {
  switch (outcome.kind) {
    case "recorded":
      return { ...sale, status: "recorded", order_id: outcome.order_id, recorded_at: now.toISOString(), message: null, short: {} }
    case "refused":
      return { ...sale, status: "attention", message: outcome.message, short: outOfStockLines(outcome.shortfalls, sale.lines) }
    case "signin":
      return { ...sale, status: "pending" }
    case "retry":
      return { ...sale, status: "pending", attempts: sale.attempts + 1 }
  }
}

/**
 * The refused sale with the quantities the staff member corrected (0 drops a line),
 * as a new pending sale under a new key: the refusal recorded nothing, and the
 * customer keeps the goods of the corrected lines. Cash handed over stays what it was
 * (the change grows); null when no line is left.
 */
export function correctedSale(sale: QueuedSale, quantities: Record<string, number>, key: string): QueuedSale | null {
  const lines = sale.lines
    .map((l) => ({ ...l, quantity: quantities[l.variant_id] ?? l.quantity }))
    .filter((l) => Number.isInteger(l.quantity) && l.quantity > 0)
  if (!lines.length) return null
  return { ...sale, key, lines, total: saleTotal(lines), status: "pending", attempts: 0, message: null, short: {}, order_id: null, recorded_at: null }
}

/** The quantity a refused line is offered again at: what the point still had, else as sold. */
export function suggestedQuantity(sale: QueuedSale, variantId: string): number {
  const line = sale.lines.find((l) => l.variant_id === variantId)
  const short = sale.short[variantId]
  return short ? Math.min(short.available, line?.quantity ?? short.available) : (line?.quantity ?? 0)
}

export type QueueSummary = { pending: number; syncing: number; attention: number; recordedToday: number }

// The counter's day is Vietnam's, whatever the device's zone.
const vietnamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" })

/** The counts the console's header shows. */
export function queueSummary(sales: QueuedSale[], now: Date): QueueSummary {
  const today = vietnamDay.format(now)
  return {
    pending: sales.filter((s) => s.status === "pending").length,
    syncing: sales.filter((s) => s.status === "syncing").length,
    attention: sales.filter((s) => s.status === "attention").length,
    recordedToday: sales.filter((s) => s.status === "recorded" && s.recorded_at && vietnamDay.format(new Date(s.recorded_at)) === today).length,
  }
}

/** Recorded sales are kept a day, to link their receipts; then they are forgotten. */
export function isStale(sale: QueuedSale, now: Date): boolean {
  return sale.status === "recorded" && !!sale.recorded_at && now.getTime() - new Date(sale.recorded_at).getTime() > 24 * 60 * 60 * 1000
}

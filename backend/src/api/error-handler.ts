import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { OcopStockShortfall } from "@ocop-market/medusa-plugin-ocop/types"
import { OUT_OF_STOCK_CODE } from "@ocop-market/medusa-plugin-ocop/workflows"

// Node socket errors and PostgreSQL's "connection exception" (08xxx) and
// "operator intervention" (57P0x: shutdown, crash, restart) classes.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"])
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connection ended unexpectedly/i,
  /timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /connect ECONNREFUSED/i,
  // knex, when a query of a transaction comes after the transaction ended: in an outage,
  // one query's lost connection rolls the transaction back under its neighbours. Nothing
  // was kept, so "try again" is true.
  /transaction query already complete/i,
]

/** Whether an error means "the database cannot be reached right now", not "the request is wrong". */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  const code = typeof e.code === "string" ? e.code : ""
  if (NETWORK_CODES.has(code) || /^08/.test(code) || /^57P0[1-3]$/.test(code)) return true
  const message = typeof e.message === "string" ? e.message : ""
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
  const inner = Array.isArray(e.errors) ? e.errors : []
  return [e.cause, ...inner].some((c) => isDatabaseUnavailable(c, depth + 1))
}

/**
 * Whether an error (an Error or a workflow's serialised one) is a lock wait that ran out: another request holds the cart or
 * the inventory items (e.g. many checkouts of the last units at once). Medusa's
 * Redis locking provider says so as a CONFLICT; the in-memory one with a plain Error.
 */
export function isLockTimeout(error: unknown): boolean {
  // Workflow steps hand errors on as plain objects, not always Error instances.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && /timed-out acquiring lock/i.test(message)
}

/**
 * Whether the workflow engine refused to run a step because the same workflow
 * transaction is already running (e.g. a checkout retried while the first attempt,
 * cut off by a database outage, still holds it).
 */
export function isAlreadyRunning(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && /transaction already started/i.test(message)
}

/**
 * Whether PostgreSQL cancelled a statement that ran past its statement_timeout: the
 * shop's search and catalog reads are bounded so (plugin queries/statement-timeout.ts).
 * The request was fine; the shop is overloaded, so the answer is "busy, retry".
 */
export function isStatementTimeout(error: unknown): boolean {
  return causedBy(error, (e) => typeof e.message === "string" && /canceling statement due to statement timeout/i.test(e.message))
}

/**
 * Whether PostgreSQL aborted the transaction to break a deadlock or a serialization
 * conflict with another one (40P01, 40001). Two writers that meet locks in opposite
 * orders (say, two office edits crossing on the catalog's read model, decision 025)
 * are not a bug of either request: the aborted one's write is rolled back (a workflow
 * compensates its earlier steps), so trying again is safe.
 */
export function isTransactionConflict(error: unknown): boolean {
  return causedBy(
    error,
    (e) =>
      e.code === "40P01" ||
      e.code === "40001" ||
      // A workflow step hands its error on as a plain copy, which may keep the message only.
      (typeof e.message === "string" && /deadlock detected|could not serialize access/i.test(e.message))
  )
}

/** Whether `error`, or an error it was caused by (up to 5 deep), passes `test`. */
function causedBy(error: unknown, test: (e: { code?: unknown; message?: unknown }) => boolean, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  return test(error) || causedBy((error as { cause?: unknown }).cause, test, depth + 1)
}

const medusaErrorHandler = errorHandler()

/**
 * The app's error handler, Medusa's own but for two cases that are not bugs:
 * - PostgreSQL unreachable (a failover, a restart): 503 with Retry-After, which
 *   clients and load balancers retry, instead of a 500;
 * - a lock wait that timed out under contention: 409 "busy, try again", the same
 *   answer whichever locking provider runs;
 * - a workflow transaction already running (a retried checkout): 409 "try again";
 * - a deadlock or serialization conflict PostgreSQL broke by rolling back: 409 "try again";
 * - a read cancelled by its statement timeout (an overloaded search): 503 "busy".
 * And one refusal it would answer too thinly: a stock shortfall keeps its lines.
 */
// Retryable refusals: which errors, and what the client is told.
const RETRYABLE = [
  {
    matches: isDatabaseUnavailable,
    status: 503,
    retryAfter: 5,
    type: "unavailable",
    message: "The shop's database cannot be reached right now; please try again in a few seconds.",
  },
  {
    matches: isStatementTimeout,
    status: 503,
    retryAfter: 2,
    type: "busy",
    message: "The shop is busy right now; please try again in a few seconds.",
  },
  {
    matches: isAlreadyRunning,
    status: 409,
    retryAfter: 2,
    type: "conflict",
    message: "This request is already being processed; please try again in a moment.",
  },
  {
    matches: isTransactionConflict,
    status: 409,
    retryAfter: 1,
    type: "conflict",
    message: "Another change to the same records happened at the same moment; please try again.",
  },
  {
    matches: isLockTimeout,
    status: 409,
    retryAfter: 1,
    type: "conflict",
    message: "Too many people are buying the same item right now; please try again.",
  },
]

/**
 * The lines a stock refusal names (the plugin's OutOfStockError), or null. The error
 * may be the thrown instance or the workflow engine's plain copy of it.
 */
export function stockShortfalls(error: unknown): OcopStockShortfall[] | null {
  const e = error as { code?: unknown; shortfalls?: unknown } | null
  if (!e || e.code !== OUT_OF_STOCK_CODE || !Array.isArray(e.shortfalls)) return null
  return e.shortfalls.map((s: OcopStockShortfall) => ({
    variant_id: s.variant_id ?? null,
    location_id: s.location_id,
    available: Number(s.available),
    needed: Number(s.needed),
    expired: Number(s.expired ?? 0),
  }))
}

export function shopErrorHandler(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const retryable = RETRYABLE.find((r) => r.matches(error))
  if (retryable && !res.headersSent) {
    res.setHeader("Retry-After", String(retryable.retryAfter))
    res.status(retryable.status).json({ type: retryable.type, message: retryable.message })
    return
  }
  // Medusa's handler answers only code, type and message: the lines go with them, so
  // the checkout and the counter mark them without reading the message's words.
  const shortfalls = stockShortfalls(error)
  if (shortfalls && !res.headersSent) {
    const message = String((error as { message?: unknown }).message ?? "")
    res.status(400).json({ code: OUT_OF_STOCK_CODE, type: "not_allowed", message, shortfalls })
    return
  }
  return medusaErrorHandler(error as any, req as any, res as any, next)
}

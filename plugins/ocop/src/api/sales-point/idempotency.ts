import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const IDEMPOTENCY_HEADER = "idempotency-key"
// Long enough to cover a double click, a browser's resubmission or a retried
// request after a timeout; a form rendered later carries a new key.
const REMEMBER_SECONDS = 60 * 60
const KEY = /^[A-Za-z0-9_-]{8,100}$/

type Store = {
  get: (key: string) => Promise<unknown>
  set: (key: string, value: unknown) => Promise<void>
}

// The Caching Module when it is configured (Redis: shared by every server), else
// the Cache Module every Medusa app has (one process).
function answers(req: AuthenticatedMedusaRequest<any, any>): Store {
  // Registered but empty when the app does not configure it.
  const caching = req.scope.resolve(Modules.CACHING, {
    allowUnregistered: true,
  })
  if (caching) {
    return {
      get: (key) => caching.get({ key }),
      set: (key, data) =>
        caching.set({ key, data: data as object, ttl: REMEMBER_SECONDS }),
    }
  }
  const cache = req.scope.resolve(Modules.CACHE)
  return {
    get: (key) => cache.get(key),
    set: (key, data) => cache.set(key, data, REMEMBER_SECONDS),
  }
}

/**
 * Records a staff form at most once. The console sends one `Idempotency-Key` per
 * rendered form; the same key again (a double click, a resubmitted page) gets the
 * first answer back instead of a second receipt, sale or transfer. Requests with
 * one key wait for each other under a lock, so two at once cannot both record.
 * A refused request remembers nothing: corrected input under the same key goes
 * through. Without the header every request is recorded (API clients, tests).
 */
export async function respondOnce(
  req: AuthenticatedMedusaRequest<any, any>,
  res: MedusaResponse,
  staffId: string,
  record: () => Promise<unknown>
) {
  const key = req.get(IDEMPOTENCY_HEADER)
  if (key === undefined) {
    res.status(201).json(await record())
    return
  }
  if (!KEY.test(key)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Idempotency-Key: expected 8 to 100 letters, digits, '-' or '_'"
    )
  }
  const scoped = `ocop-sales-point-form:${staffId}:${req.method}:${req.path}:${key}`
  const store = answers(req)
  const locking = req.scope.resolve(Modules.LOCKING)
  const { body, replayed } = await locking.execute(
    scoped,
    async () => {
      const seen = await store.get(scoped)
      if (seen) return { body: seen, replayed: true }
      const fresh = await record()
      await store.set(scoped, fresh)
      return { body: fresh, replayed: false }
    },
    { timeout: 30 }
  )
  if (replayed) res.setHeader("Idempotent-Replayed", "true")
  res.status(201).json(body)
}

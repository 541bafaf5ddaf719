import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

/** Gives the slot back; calling it again does nothing. */
export type Release = () => void

/**
 * At most `limit` holders at once, then at most `queue` waiting in arrival order;
 * beyond that, `tryAcquire` says no at once. Per process: two API servers each keep
 * their own, which is the point, since each has its own connection pool to protect.
 */
export class ConcurrencyLimiter {
  private running = 0
  private readonly waiting: Array<(release: Release) => void> = []

  constructor(
    readonly limit: number,
    readonly queue: number
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency limit must be a whole number ≥ 1, got ${limit}`)
    if (!Number.isInteger(queue) || queue < 0) throw new Error(`queue length must be a whole number ≥ 0, got ${queue}`)
  }

  get active() {
    return this.running
  }

  get queued() {
    return this.waiting.length
  }

  /**
   * A slot now, a promise of one when only the queue has room, or null when both are
   * full. `cancel` takes a queued request out (its client went away).
   */
  tryAcquire(): { slot: Promise<Release>; cancel: () => void } | null {
    if (this.running < this.limit) {
      this.running++
      return { slot: Promise.resolve(this.releaser()), cancel: () => {} }
    }
    if (this.waiting.length >= this.queue) return null
    let grant!: (release: Release) => void
    const slot = new Promise<Release>((resolve) => (grant = resolve))
    this.waiting.push(grant)
    const cancel = () => {
      const at = this.waiting.indexOf(grant)
      if (at >= 0) this.waiting.splice(at, 1)
    }
    return { slot, cancel }
  }

  private releaser(): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      // The slot passes straight to the first in line: the count never dips, so a
      // newcomer cannot overtake the queue.
      const next = this.waiting.shift()
      if (next) next(this.releaser())
      else this.running--
    }
  }
}

export type ConcurrencyLimitOptions = {
  /** Named in the 503's message and the log: "search", "catalog". */
  name: string
  limit: number
  queue: number
  /** What Retry-After tells the client when both are full. */
  retryAfterSeconds: number
}

/**
 * Bounds the expensive reads (search, the filtered catalog) so that a burst of them
 * cannot take every pooled database connection and the event loop from the rest of
 * the shop: a few run, a few wait, the others get 503 with Retry-After at once.
 */
export function concurrencyLimit(options: ConcurrencyLimitOptions) {
  const limiter = new ConcurrencyLimiter(options.limit, options.queue)
  const middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const ticket = limiter.tryAcquire()
    if (!ticket) {
      res.setHeader("Retry-After", String(options.retryAfterSeconds))
      res.status(503).json({
        type: "busy",
        message: `Too many ${options.name} requests at once; please try again in ${options.retryAfterSeconds} second(s).`,
      })
      return
    }
    // A client that leaves while queued gives its place up; one that leaves while
    // served keeps the slot until its handler ends (its query still runs).
    let gone = false
    const leave = () => {
      gone = true
      ticket.cancel()
    }
    res.once("close", leave)
    void ticket.slot.then((release) => {
      res.off("close", leave)
      if (gone || res.writableEnded) return release()
      // "close" follows "finish", and also comes alone when the connection drops.
      res.once("close", release)
      res.once("finish", release)
      next()
    })
  }
  middleware.limiter = limiter
  return middleware
}

/**
 * A whole number ≥ min from the environment variable `name`, or the default when it is
 * unset. A wrong value stops the start rather than silently running unbounded.
 */
export function envCount(env: Record<string, string | undefined>, name: string, fallback: number, min: number): number {
  const value = env[name]
  if (value === undefined || value.trim() === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${value}"`)
  return n
}

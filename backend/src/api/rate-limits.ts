import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"
import { clientAddress } from "./client-address"

type Limit = { keyPrefix: string; points: number; durationSeconds: number }

// With REDIS_URL every server instance shares the counters, so a second instance
// does not grant a second allowance; one process keeps them in memory.
let redis: Redis | null = null
function limiter({ keyPrefix, points, durationSeconds }: Limit): RateLimiterAbstract {
  const options = { keyPrefix: `ocop-rl:${keyPrefix}`, points, duration: durationSeconds }
  if (!process.env.REDIS_URL) return new RateLimiterMemory(options)
  redis ??= new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false })
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
}

function tooMany(res: MedusaResponse, msBeforeNext: number, what: string) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_requests",
    message: `Too many ${what}; try again in ${Math.ceil(seconds / 60)} minute(s)`,
  })
}

/**
 * Sign-in: only failures count, so a shop with many shoppers behind one NAT is not
 * locked out by one person's typos. Two counts: per address and e-mail (a success
 * clears it), and per e-mail from every address together, with a higher ceiling,
 * against guessing one account's password from many addresses. A success does not
 * clear the second: the owner signing in between would otherwise reopen the guessing.
 */
export function signInRateLimit(limit: {
  perAddress: number
  perEmail: number
  durationSeconds: number
}) {
  const { durationSeconds } = limit
  const perAddress = limiter({ keyPrefix: "sign-in", points: limit.perAddress, durationSeconds })
  const perEmail = limiter({ keyPrefix: "sign-in-email", points: limit.perEmail, durationSeconds })
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const email = String((req.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase()
    const addressKey = `${clientAddress(req)}|${email}`
    const counts: [RateLimiterAbstract, string, number][] = [
      [perAddress, addressKey, limit.perAddress],
      [perEmail, email, limit.perEmail],
    ]
    for (const [failures, key, points] of counts) {
      const seen = await failures.get(key).catch(() => null)
      if (seen && seen.consumedPoints >= points) {
        return tooMany(res, seen.msBeforeNext, "sign-in attempts")
      }
    }
    res.on("finish", () => {
      if (res.statusCode === 401) {
        for (const [failures, key] of counts) failures.penalty(key, 1).catch(() => undefined)
      } else if (res.statusCode < 300) {
        perAddress.delete(addressKey).catch(() => undefined)
      }
    })
    next()
  }
}

/** Plain request budget per address, for machine-facing endpoints. */
export function requestRateLimit(limit: Limit) {
  const requests = limiter(limit)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await requests.consume(clientAddress(req))
      next()
    } catch (rejection) {
      if (rejection instanceof Error) return next(rejection)
      tooMany(res, (rejection as { msBeforeNext: number }).msBeforeNext, "requests")
    }
  }
}

// The sign-in limit as deployed (npm run start:prod): the round-robin proxy in
// front of the servers appends the address it saw to X-Forwarded-For, and the
// servers trust that one proxy, so a client's own X-Forwarded-For changes nothing.
// Needs REDIS_URL like the other production tests (the servers share the counts there).
import Redis from "ioredis"
import { DEMO_ADMIN } from "../../scripts/lib/demo.mjs"
import { call, startProductionShop, type ProductionShop } from "./support"

const redisUrl = process.env.REDIS_URL
if (!redisUrl) {
  console.warn("\n⚠  REDIS_URL is not set: the sign-in-behind-proxy production test is SKIPPED.\n")
}

const MAX_FAILURES = 10

describe.skipIf(!redisUrl)("sign-in limit behind start:prod's proxy", () => {
  let shop: ProductionShop
  let proxy: string

  beforeAll(async () => {
    const u = new URL(redisUrl!)
    u.pathname = "/12"
    const redis = new Redis(u.toString())
    await redis.flushdb()
    await redis.quit()
    shop = await startProductionShop({ servers: 2, workers: 1, env: { REDIS_URL: u.toString() } })
    proxy = shop.stack.backendUrl
  })

  afterAll(async () => {
    await shop?.stack.stop()
  })

  it("is not reset by a spoofed X-Forwarded-For on each attempt", async () => {
    const statuses: number[] = []
    for (let i = 0; i < MAX_FAILURES + 5; i++) {
      const reply = await call(proxy, "POST", "/auth/user/emailpass", {
        body: { email: DEMO_ADMIN.email, password: `wrong-${i}` },
        headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
      })
      statuses.push(reply.status)
    }
    expect(statuses.slice(0, MAX_FAILURES)).toEqual(Array(MAX_FAILURES).fill(401))
    expect(statuses.slice(MAX_FAILURES)).toEqual(Array(5).fill(429))
    const right = await call(proxy, "POST", "/auth/user/emailpass", {
      body: DEMO_ADMIN,
      headers: { "x-forwarded-for": "198.51.100.250" },
    })
    expect(right.status).toBe(429)
  })
})

import { EventEmitter } from "node:events"
import { describe, expect, it } from "vitest"
import { ConcurrencyLimiter, concurrencyLimit, envCount } from "./concurrency-limit"

/** Lets every already-resolved promise's callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe("ConcurrencyLimiter", () => {
  it("lets `limit` run, queues `queue` more and refuses the next at once", async () => {
    const limiter = new ConcurrencyLimiter(2, 1)
    const a = limiter.tryAcquire()
    const b = limiter.tryAcquire()
    const c = limiter.tryAcquire()
    expect(a && b && c).toBeTruthy()
    expect(limiter.tryAcquire()).toBeNull()
    expect(limiter.active).toBe(2)
    expect(limiter.queued).toBe(1)

    let cRuns = false
    void c!.slot.then(() => (cRuns = true))
    await settle()
    expect(cRuns).toBe(false)

    ;(await a!.slot)()
    await settle()
    expect(cRuns).toBe(true)
    // The freed slot went to the one waiting: still two running, nobody queued.
    expect(limiter.active).toBe(2)
    expect(limiter.queued).toBe(0)
  })

  it("serves the queue in arrival order, and a newcomer never overtakes it", async () => {
    const limiter = new ConcurrencyLimiter(1, 3)
    const first = limiter.tryAcquire()!
    const order: string[] = []
    const second = limiter.tryAcquire()!
    const third = limiter.tryAcquire()!
    void second.slot.then((release) => {
      order.push("second")
      release()
    })
    void third.slot.then((release) => {
      order.push("third")
      release()
    })
    ;(await first.slot)()
    const late = limiter.tryAcquire()!
    void late.slot.then(() => order.push("late"))
    await settle()
    expect(order).toEqual(["second", "third", "late"])
  })

  it("takes a cancelled waiter out of the queue, so its place is free again", async () => {
    const limiter = new ConcurrencyLimiter(1, 1)
    const running = limiter.tryAcquire()!
    const waiting = limiter.tryAcquire()!
    expect(limiter.tryAcquire()).toBeNull()
    waiting.cancel()
    expect(limiter.queued).toBe(0)
    expect(limiter.tryAcquire()).not.toBeNull()
    ;(await running.slot)()
  })

  it("counts a slot released twice once", async () => {
    const limiter = new ConcurrencyLimiter(1, 0)
    const release = await limiter.tryAcquire()!.slot
    release()
    release()
    expect(limiter.active).toBe(0)
    await limiter.tryAcquire()!.slot
    expect(limiter.active).toBe(1)
    expect(limiter.tryAcquire()).toBeNull()
  })
})

/** Just enough of Express's request and response for the middleware. */
function exchange() {
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    writableEnded: false,
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      res.statusCode = code
      return res
    },
    json(body: unknown) {
      res.body = body
      res.writableEnded = true
      return res
    },
    finish() {
      res.writableEnded = true
      res.emit("finish")
      res.emit("close")
    },
  })
  return { req: {} as any, res }
}

describe("concurrencyLimit middleware", () => {
  it("passes requests on while there is room and answers 503 with Retry-After when full", async () => {
    const middleware = concurrencyLimit({ name: "search", limit: 1, queue: 0, retryAfterSeconds: 2 })
    const first = exchange()
    let passed = 0
    middleware(first.req, first.res as any, () => passed++)
    await settle()
    expect(passed).toBe(1)

    const second = exchange()
    middleware(second.req, second.res as any, () => passed++)
    await settle()
    expect(passed).toBe(1)
    expect(second.res.statusCode).toBe(503)
    expect(second.res.headers["retry-after"]).toBe("2")
    expect(second.res.body).toMatchObject({ type: "busy", message: expect.stringContaining("search") })

    // The first answer frees the slot for the next request.
    first.res.finish()
    const third = exchange()
    middleware(third.req, third.res as any, () => passed++)
    await settle()
    expect(passed).toBe(2)
    expect(middleware.limiter.active).toBe(1)
  })

  it("gives the place of a client that left while queued to the next one", async () => {
    const middleware = concurrencyLimit({ name: "catalog", limit: 1, queue: 1, retryAfterSeconds: 2 })
    const served = exchange()
    const left = exchange()
    const handled: string[] = []
    middleware(served.req, served.res as any, () => handled.push("served"))
    middleware(left.req, left.res as any, () => handled.push("left"))
    await settle()
    left.res.emit("close")
    expect(middleware.limiter.queued).toBe(0)
    served.res.finish()
    await settle()
    expect(handled).toEqual(["served"])
    expect(middleware.limiter.active).toBe(0)
  })
})

describe("envCount", () => {
  it("reads a whole number, defaults when unset and refuses anything else", () => {
    expect(envCount({}, "OCOP_SEARCH_CONCURRENCY", 3, 1)).toBe(3)
    expect(envCount({ OCOP_SEARCH_QUEUE: "0" }, "OCOP_SEARCH_QUEUE", 12, 0)).toBe(0)
    expect(() => envCount({ OCOP_SEARCH_CONCURRENCY: "0" }, "OCOP_SEARCH_CONCURRENCY", 3, 1)).toThrow(
      /OCOP_SEARCH_CONCURRENCY/
    )
    expect(() => envCount({ OCOP_SEARCH_QUEUE: "lots" }, "OCOP_SEARCH_QUEUE", 12, 0)).toThrow(/OCOP_SEARCH_QUEUE/)
  })
})

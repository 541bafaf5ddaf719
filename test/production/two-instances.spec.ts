// Two server instances and two workers on one PostgreSQL and one Redis, started
// from the build output as deployed (npm run start:prod). Needs REDIS_URL (CI
// sets it); without it the file says so and skips, it never passes silently.
import Redis from "ioredis"
import {
  adminHeaders,
  call,
  eventually,
  ok,
  readyCart,
  sleep,
  startProductionShop,
  type ProductionShop,
} from "./support"

const redisUrl = process.env.REDIS_URL
if (!redisUrl) {
  console.warn(
    "\n⚠  REDIS_URL is not set: the scale-out tests (2 servers + 2 workers on Redis) are SKIPPED.\n" +
      "   Run them with REDIS_URL=redis://127.0.0.1:6379 npm test -- test\n"
  )
}

// A database of its own on the given Redis, emptied first, so queues and locks
// from another run cannot leak in.
function isolatedRedisUrl(url: string) {
  const u = new URL(url)
  u.pathname = "/13"
  return u.toString()
}

describe.skipIf(!redisUrl)("scale-out: two servers and two workers on Redis", () => {
  let shop: ProductionShop
  let admin: Record<string, string>
  let a: string
  let b: string

  beforeAll(async () => {
    const url = isolatedRedisUrl(redisUrl!)
    const redis = new Redis(url)
    await redis.flushdb()
    await redis.quit()
    shop = await startProductionShop({
      servers: 2,
      workers: 2,
      env: { REDIS_URL: url, OCOP_EXPIRY_SCHEDULE: "* * * * * *" },
    })
    ;[a, b] = shop.serverUrls
    admin = await adminHeaders(a)
  })

  afterAll(async () => {
    await shop?.stack.stop()
  })

  async function stockedVariant() {
    const headers = { "x-publishable-api-key": shop.publishableKey }
    const { products } = await ok(
      call(a, "GET", "/store/products?limit=50&fields=id,title,*variants", { headers })
    )
    const product = products.find((p: any) => p.variants?.length)
    return { product, variant: product.variants[0] }
  }

  /** A stocked variant with exactly `units` sellable units, whatever earlier tests reserved or sold. */
  async function sellable(units: number) {
    const { product, variant } = await stockedVariant()
    const { product: full } = await ok(
      call(a, "GET", `/admin/products/${product.id}?fields=variants.id,variants.inventory_items.inventory_item_id`, {
        headers: admin,
      })
    )
    const inventoryItemId = full.variants.find((v: any) => v.id === variant.id).inventory_items[0].inventory_item_id
    const { inventory_levels } = await ok(
      call(a, "GET", `/admin/inventory-items/${inventoryItemId}/location-levels`, { headers: admin })
    )
    const level = inventory_levels[0]
    await ok(
      call(a, "POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
        headers: admin,
        body: { stocked_quantity: level.reserved_quantity + units },
      })
    )
    return { variant, inventoryItemId, level }
  }

  it("completes through one instance a cart created and filled through the other, and both see the order", async () => {
    const { variant } = await stockedVariant()
    const { cartId, headers } = await readyCart(shop, variant.id, (step) => (step % 2 ? b : a))
    const done = await ok(call(b, "POST", `/store/carts/${cartId}/complete`, { headers }))
    expect(done.type).toBe("order")
    const seenByA = await ok(call(a, "GET", `/admin/orders/${done.order.id}?fields=id,*items`, { headers: admin }))
    expect(seenByA.order.items.map((i: any) => i.variant_id)).toEqual([variant.id])
  })

  // 16 carts and 16 checkouts through one item's lock: minutes on a busy 2-core machine.
  it("sells exactly the 5 units left when 16 checkouts complete at once across both instances", async () => {
    const { variant, inventoryItemId, level } = await sellable(5)
    const before = await ok(call(a, "GET", "/admin/orders?limit=1&fields=id", { headers: admin }))

    // Filled side by side: one after another took most of the test's two minutes on a busy machine.
    const carts = await Promise.all(
      Array.from({ length: 16 }, (_, i) => readyCart(shop, variant.id, () => (i % 2 ? b : a), `khach${i}@ocop.test`))
    )
    const replies = await Promise.all(
      carts.map(({ cartId, headers }, i) =>
        call(i % 2 ? a : b, "POST", `/store/carts/${cartId}/complete`, { headers })
      )
    )

    const sold = replies.filter((r) => r.status === 200 && r.body.type === "order")
    const refused = replies.filter((r) => !(r.status === 200 && r.body.type === "order"))
    // Why each was refused, should the count be wrong.
    const why = JSON.stringify(refused.map((r) => [r.status, r.body]))
    expect(sold, why).toHaveLength(5)
    expect(refused).toHaveLength(11)
    for (const r of refused) {
      // A clear refusal, never a server error.
      expect(r.status).toBeLessThan(500)
      expect(JSON.stringify(r.body)).toMatch(/inventory|stock|quantity/i)
    }
    const after = await ok(call(b, "GET", "/admin/orders?limit=1&fields=id", { headers: admin }))
    expect(after.count - before.count).toBe(5)
    const { inventory_levels: levelsAfter } = await ok(
      call(b, "GET", `/admin/inventory-items/${inventoryItemId}/location-levels`, { headers: admin })
    )
    const afterLevel = levelsAfter.find((l: any) => l.location_id === level.location_id)
    expect(afterLevel.reserved_quantity).toBe(level.reserved_quantity + 5)
    expect(afterLevel.stocked_quantity - afterLevel.reserved_quantity).toBe(0)
  }, 240_000)

  it("waits for an item another checkout is reserving instead of refusing the buyer while units are left", async () => {
    const { variant, inventoryItemId } = await sellable(1)
    const { cartId, headers } = await readyCart(shop, variant.id, () => a)
    // Another process holds the item's lock, as a checkout reserving it does, for
    // longer than the Locking Module's 5 s default wait, then lets it lapse.
    const redis = new Redis(isolatedRedisUrl(redisUrl!))
    try {
      const key = `medusa_lock:${inventoryItemId}`
      expect(await redis.set(key, "held-by-another-checkout", "PX", 8000, "NX")).toBe("OK")
      const done = await call(b, "POST", `/store/carts/${cartId}/complete`, { headers })
      expect(done.body.type, JSON.stringify(done.body)).toBe("order")
      expect(await redis.exists(key)).toBe(0)
    } finally {
      await redis.quit()
    }
  })

  it("sells exactly the 5 units left at a sales point when 20 counter sales ring up at once on both instances", async () => {
    const staff = shop.stack.staff[0]
    const { token } = await ok(
      call(a, "POST", "/auth/sales_point_staff/emailpass", { body: { email: staff.email, password: staff.password } })
    )
    const auth = { authorization: `Bearer ${token}` }
    const point = staff.sales_point_id
    const { stock } = await ok(call(a, "GET", `/sales-point/points/${point}/stock?limit=1`, { headers: auth }))
    const line = stock[0]
    // A recount leaves exactly five units on the shelf.
    if (line.available_quantity !== 5) {
      await ok(
        call(b, "POST", `/sales-point/points/${point}/adjust`, {
          headers: auth,
          body: { variant_id: line.variant_id, adjustment: 5 - line.available_quantity, reason: "count_correction" },
        })
      )
    }
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(i % 2 ? a : b, "POST", `/sales-point/points/${point}/sales`, {
          headers: auth,
          body: { items: [{ variant_id: line.variant_id, quantity: 1 }], payment_method: "cash" },
        })
      )
    )
    expect(replies.filter((r) => r.status === 201)).toHaveLength(5)
    const refused = replies.filter((r) => r.status !== 201)
    expect(refused).toHaveLength(15)
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(r.body.message).toMatch(/items/)
    }
    const { stock: after } = await ok(
      call(b, "GET", `/sales-point/points/${point}/stock?q=${encodeURIComponent(line.sku ?? line.product_title)}&limit=200`, { headers: auth })
    )
    expect(after.find((l: any) => l.variant_id === line.variant_id).available_quantity).toBe(0)
  })

  it("handles an event emitted by a server exactly once, in a worker", async () => {
    const { certifications } = await ok(
      call(a, "GET", "/admin/ocop/certifications?status=active&limit=1", { headers: admin })
    )
    const cert = certifications[0]
    await ok(
      call(a, "POST", `/admin/ocop/certifications/${cert.id}/revoke`, {
        headers: admin,
        body: { reason: "Kiểm tra lại: nhãn không đúng hồ sơ" },
      })
    )
    const line = `revocation of ${cert.id} notified`
    await eventually(async () => {
      const logs = await shop.logs()
      return Object.values(logs).some((l) => l.includes(line)) ? true : undefined
    })
    // Give a second handler, if there were one, time to show up.
    await sleep(3000)
    const logs = await shop.logs()
    const handledBy = Object.entries(logs).flatMap(([name, text]) =>
      text.split("\n").filter((l) => l.includes(line)).map(() => name)
    )
    expect(handledBy).toHaveLength(1)
    expect(handledBy[0]).toMatch(/^worker/)
  })

  it("runs the scheduled expiry job once per tick although two workers could run it", async () => {
    const runs = (logs: Record<string, string>) =>
      Object.entries(logs).flatMap(([name, text]) =>
        [...text.matchAll(/certificate expiry check for \S+ at (\S+)/g)].map((m) => ({
          name,
          second: m[1].slice(0, 19),
        }))
      )
    const start = runs(await shop.logs()).length
    await sleep(8000)
    const all = runs(await shop.logs())
    const window = all.slice(start)
    // Every second ticks once: about 8 runs in 8 s, where two workers each
    // running every tick would give about 16.
    expect(window.length).toBeGreaterThanOrEqual(4)
    expect(window.length).toBeLessThanOrEqual(10)
    expect(new Set(window.map((r) => r.second)).size).toBe(window.length)
    expect(all.every((r) => r.name.startsWith("worker"))).toBe(true)
  })
})

// Add to cart and cart completion under load, for the catalog benchmark: do they
// stay flat as the catalog grows? Each client adds to its own cart; completion
// takes COD carts prepared beforehand (shop-client.mjs), one each, until none is left.
import { measureCalls } from "./load.mjs"
import { call, ok, readyCart, stockedVariants } from "./shop-client.mjs"

export async function measureCart(base, publishableKey, { concurrency, durationMs, carts }) {
  const headers = { "x-publishable-api-key": publishableKey }
  const variants = (await stockedVariants(base, 8)).map((v) => v.id)
  const { regions } = await ok(call(base, "GET", "/store/regions", { headers }))
  const own = []
  for (let i = 0; i < concurrency; i++)
    own.push(
      (await ok(call(base, "POST", "/store/carts", { headers, body: { region_id: regions[0].id } }))).cart.id
    )
  let turn = 0
  const addToCart = await measureCalls(
    (client) =>
      ok(
        call(base, "POST", `/store/carts/${own[client]}/line-items`, {
          headers,
          body: { variant_id: variants[turn++ % variants.length], quantity: 1 },
        })
      ),
    { concurrency, durationMs, warmup: 3 }
  )
  const ready = []
  for (let i = 0; i < carts; i++)
    ready.push(await readyCart({ publishableKey, variantId: variants[i % variants.length], pick: () => base }))
  // Prepared carts completed by `concurrency` clients until none is left.
  const latencies = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let cart = ready.pop(); cart; cart = ready.pop()) {
        const t = performance.now()
        const body = await ok(call(base, "POST", `/store/carts/${cart.cartId}/complete`, { headers: cart.headers }))
        if (body?.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(body).slice(0, 200)}`)
        latencies.push(performance.now() - t)
      }
    })
  )
  latencies.sort((a, b) => a - b)
  const at = (q) => +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1)
  const completion = {
    count: latencies.length,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    throughput_rps: +(latencies.length / ((performance.now() - started) / 1000)).toFixed(2),
  }
  return { addToCart, completion }
}

import { describe, expect, it, vi } from "vitest"
import { loader } from "./route"

const backend = vi.hoisted(() => ({ passes: new Map<string, string>() }))
vi.mock("~/lib/data/order-lookup.server", () => ({
  openOrderAccess: async (token: string) => backend.passes.get(token) ?? null,
}))
vi.mock("~/lib/data/orders.server", () => ({
  getOrder: async (id: string) => ({ id, display_id: 1024, customer_id: null, items: [], shipping_methods: [] }),
}))
vi.mock("~/lib/data/order-shipments.server", () => ({
  getOrderShipments: async () => ({ awaiting: [], shipments: [] }),
}))
vi.mock("~/lib/data/order-invoices.server", () => ({
  getOrderInvoices: async () => [],
}))
vi.mock("~/components/payment/order-payment.server", () => ({
  orderPayment: async () => ({ kind: "cod", status: "authorized", vietqr: null }),
}))

const load = (url: string) =>
  loader({ request: new Request(url), params: { id: "order_1" }, context: {} }).catch((e: Response) => e)

describe("GET /orders/:id", () => {
  it("shows the order to any browser holding a pass for it, and lets nothing keep the page", async () => {
    backend.passes.set("good", "order_1")
    const response = (await load("http://shop.test/orders/order_1?access=good")) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(response.headers.get("referrer-policy")).toBe("no-referrer")
    const data = await response.json()
    expect(data.order.id).toBe("order_1")
    expect(data.viaPass).toBe(true)
  })

  it("is a 404 without a pass, with a pass for another order, or with a pass that ended", async () => {
    backend.passes.set("other", "order_2")
    for (const url of [
      "http://shop.test/orders/order_1",
      "http://shop.test/orders/order_1?access=other",
      "http://shop.test/orders/order_1?access=ended",
    ]) {
      const thrown = await load(url)
      expect(thrown).toBeInstanceOf(Response)
      expect((thrown as Response).status).toBe(404)
    }
  })
})

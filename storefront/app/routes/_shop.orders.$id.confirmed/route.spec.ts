import { describe, expect, it } from "vitest"
import { loader } from "./route"

describe("GET /orders/:id/confirmed", () => {
  it("is a 404 for a browser that did not place the order", async () => {
    const request = new Request("http://shop.test/orders/order_123/confirmed")
    const thrown = await loader({ request, params: { id: "order_123" }, context: {} }).catch((e: Response) => e)
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(404)
  })
})

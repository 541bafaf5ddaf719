import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

async function post(fields: Record<string, string>, cookie?: string) {
  const request = new Request("http://shop.test/producer/orders", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { cookie } : {},
  })
  return (await action({ request, params: {}, context: {} })) as Response
}

describe("POST /producer/orders", () => {
  it("asks for the carrier and a well-formed tracking number before handing a parcel over, and sends nothing", async () => {
    const response = await post(
      { intent: "ship", order_id: "order_1", fulfillment_id: "ful_1", carrier: "", tracking_number: "số 1", tracking_url: "viettelpost" },
      await producerCookie()
    )
    expect(response.status).toBe(400)
    const { result, form } = await response.json()
    expect(form).toBe("ful_1")
    expect(result.error).toEqual({
      carrier: ["producerPortal.orders.errors.carrier"],
      tracking_number: ["producerPortal.orders.errors.trackingNumber"],
      tracking_url: ["producerPortal.orders.errors.trackingUrl"],
    })
  })

  it("sends a signed-out visitor to sign in and back to the orders", async () => {
    const response = await post({ intent: "pack", order_id: "order_1" }).catch((thrown) => thrown as Response)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Forders")
  })
})

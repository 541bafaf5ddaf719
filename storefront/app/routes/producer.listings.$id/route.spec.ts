import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

describe("POST /producer/listings/:id", () => {
  it("names a price below 1.000 đồng on the pack it belongs to and sends nothing", async () => {
    const body = new FormData()
    body.append("title", "Khô cá lóc một nắng")
    body.append("prices[0].variant_id", "variant_1")
    body.append("prices[0].price_vnd", "120.000")
    body.append("prices[1].variant_id", "variant_2")
    body.append("prices[1].price_vnd", "900")
    const request = new Request("http://shop.test/producer/listings/prod_1", { method: "POST", body, headers: { cookie: await producerCookie() } })
    const response = await action({ request, params: { id: "prod_1" }, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ "prices[1].price_vnd": ["producerPortal.errors.price"] })
  })

  it("refuses a picture position outside 1–12, naming that picture, and sends nothing", async () => {
    const body = new FormData()
    body.append("title", "Khô cá lóc một nắng")
    body.append("prices[0].variant_id", "variant_1")
    body.append("prices[0].price_vnd", "120.000")
    body.append("keepImages", "https://shop.test/uploads/a.png")
    body.append("pictureUrls[0]", "https://shop.test/uploads/a.png")
    body.append("pictureOrder[0]", "0")
    const request = new Request("http://shop.test/producer/listings/prod_1", { method: "POST", body, headers: { cookie: await producerCookie() } })
    const response = await action({ request, params: { id: "prod_1" }, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ "pictureOrder[0]": ["producerPortal.errors.picturePosition"] })
  })
})

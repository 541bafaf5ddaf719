import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

describe("POST /producer/profile", () => {
  it("names an empty producer name and a phone that is not a phone number before anything is sent", async () => {
    const body = new FormData()
    body.append("name", "  ")
    body.append("phone", "gọi tôi")
    const request = new Request("http://shop.test/producer/profile", { method: "POST", body, headers: { cookie: await producerCookie() } })
    const response = await action({ request, params: {}, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ name: ["producerPortal.errors.name"], phone: ["errors.phone"] })
  })
})

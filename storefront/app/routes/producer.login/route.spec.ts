import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action, loader } from "./route"

describe("POST /producer/login", () => {
  it("answers a malformed email with a field error and never echoes the password", async () => {
    const request = new Request("http://shop.test/producer/login", {
      method: "POST",
      body: new URLSearchParams({ email: "khong-phai-email", password: "bi-mat-123" }),
    })
    const response = await action({ request, params: {}, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ email: ["errors.email"] })
    expect(JSON.stringify(result)).not.toContain("bi-mat-123")
  })
})

describe("GET /producer/login", () => {
  it("sends a signed-in producer on to the portal page it asked for", async () => {
    const request = new Request("http://shop.test/producer/login?redirectTo=%2Fproducer%2Forders", {
      headers: { cookie: await producerCookie() },
    })
    const response = (await loader({ request, params: {}, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/orders")
  })

  it("never redirects out of the portal after sign-in (the shop's pages do not see the producer's cookie)", async () => {
    const request = new Request("http://shop.test/producer/login?redirectTo=%2Faccount", { headers: { cookie: await producerCookie() } })
    const response = (await loader({ request, params: {}, context: {} })) as Response
    expect(response.headers.get("location")).toBe("/producer")
  })
})

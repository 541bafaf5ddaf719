import { describe, expect, it } from "vitest"
import { action } from "./route"

describe("POST /producer/request", () => {
  it("names a short password and a missing name, without echoing the password", async () => {
    const request = new Request("http://shop.test/producer/request", {
      method: "POST",
      body: new URLSearchParams({ email: "lan@htx-thanhhoa.vn", password: "ngan" }),
    })
    const response = await action({ request, params: {}, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ name: ["errors.fullName"], password: ["errors.password"] })
    expect(JSON.stringify(result)).not.toContain("ngan")
  })
})

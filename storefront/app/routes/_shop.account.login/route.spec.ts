import { describe, expect, it } from "vitest"
import { action } from "./route"

describe("POST /account/login", () => {
  it("answers a malformed email with a field error and never echoes the password", async () => {
    const request = new Request("http://shop.test/account/login", {
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

import { describe, expect, it } from "vitest"
import { action } from "./route"

function register(fields: Record<string, string>) {
  const request = new Request("http://shop.test/account/register", { method: "POST", body: new URLSearchParams(fields) })
  return action({ request, params: {}, context: {} })
}

describe("POST /account/register", () => {
  it("points at the repeated password when the two differ", async () => {
    const response = await register({ fullName: "Lê Văn Hùng", email: "hung@example.com", password: "mat-khau-1", confirmPassword: "mat-khau-2" })
    expect(response.status).toBe(400)
    expect((await response.json()).result.error).toEqual({ confirmPassword: ["errors.passwordMismatch"] })
  })

  it("asks for a longer password and a name", async () => {
    const response = await register({ fullName: "", email: "hung@example.com", password: "ngan", confirmPassword: "ngan" })
    const { error } = (await response.json()).result
    expect(error).toEqual(expect.objectContaining({ fullName: ["errors.fullName"], password: ["errors.password"] }))
  })
})

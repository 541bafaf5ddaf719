import { describe, expect, it } from "vitest"
import { action } from "./route"

function post(fields: Record<string, string>) {
  const request = new Request("http://shop.test/language", { method: "POST", body: new URLSearchParams(fields) })
  return action({ request, params: {}, context: {} })
}

describe("POST /language", () => {
  it("remembers English in a cookie and goes back to the same page", async () => {
    const response = await post({ locale: "en", redirectTo: "/products?stars=5" })
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/products?stars=5")
    expect(response.headers.get("set-cookie")).toMatch(/^ocop_lang=/)
  })

  it("ignores an unknown language and never redirects off the site", async () => {
    const response = await post({ locale: "fr", redirectTo: "//evil.example/phish" })
    expect(response.headers.get("location")).toBe("/")
    expect(response.headers.get("set-cookie")).toBeNull()
  })

  it.each(["/\\evil.example", "/%5Cevil.example", "/%09/evil.example", "/\t/evil.example", "//evil.example", "///evil.example", "https://evil.example"])(
    "stays on the site for redirectTo=%j",
    async (redirectTo) => {
      const response = await post({ locale: "en", redirectTo })
      expect(response.headers.get("location")).toBe("/")
    }
  )
})

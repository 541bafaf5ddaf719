import { describe, expect, it } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { action, loader } from "./route"

describe("POST /sales-point/login", () => {
  it("answers a malformed email with a field error and never echoes the password", async () => {
    const request = new Request("http://shop.test/sales-point/login", {
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

describe("GET /sales-point/login", () => {
  it("sends signed-in staff on to the console page they asked for", async () => {
    const request = new Request("http://shop.test/sales-point/login?redirectTo=%2Fsales-point%2Focsp_1%2Fsell", { headers: { cookie: await staffCookie() } })
    const response = (await loader({ request, params: {}, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/sales-point/ocsp_1/sell")
  })

  it("never redirects out of the console after sign-in (no other page sees the staff cookie)", async () => {
    for (const to of ["/account", "//evil.example/sales-point", "/sales-pointless"]) {
      const request = new Request(`http://shop.test/sales-point/login?redirectTo=${encodeURIComponent(to)}`, { headers: { cookie: await staffCookie() } })
      const response = (await loader({ request, params: {}, context: {} })) as Response
      expect([to, response.headers.get("location")]).toEqual([to, "/sales-point"])
    }
  })

  it("keeps the staff cookie to the console's pages, apart from the shopper's and the producer's", async () => {
    const cookie = await staffCookie()
    expect(cookie.startsWith("ocop_staff=")).toBe(true)
    const { staffSessionStorage } = await import("~/lib/staff-session.server")
    const header = await staffSessionStorage.commitSession(await staffSessionStorage.getSession())
    expect(header).toMatch(/Path=\/sales-point;/)
    expect(header).toMatch(/HttpOnly/)
  })
})

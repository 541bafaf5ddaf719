import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

async function post(fields: Record<string, string>, cookie?: string) {
  const request = new Request("http://shop.test/producer/experiences/ocex_1", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { cookie } : {},
  })
  return (await action({ request, params: { id: "ocex_1" }, context: {} })) as Response
}

describe("POST /producer/experiences/:id", () => {
  it("asks for a reason and the confirmation before cancelling a date, and sends nothing", async () => {
    const response = await post({ intent: "cancel", date: "2026-12-05", reason: "mưa" }, await producerCookie())
    expect(response.status).toBe(400)
    const { result, date } = await response.json()
    expect(date).toBe("2026-12-05")
    expect(result.error).toEqual({ reason: ["host.errors.reason"], confirm: ["host.errors.confirm"] })
  })

  it("sends a signed-out visitor to sign in and back to the experience", async () => {
    const response = await post({ intent: "attended", reference: "TX-7K3Q9P" }).catch((thrown) => thrown as Response)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Fexperiences%2Focex_1")
  })
})

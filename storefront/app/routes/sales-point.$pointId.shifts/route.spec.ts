import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ calls: [] as unknown[] }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()),
  openShift: async (_token: string, _point: string, body: unknown) => {
    api.calls.push(["open", body])
    return { id: "ocsh_1" }
  },
  closeShift: async (_token: string, _point: string, shiftId: string, body: unknown) => {
    api.calls.push(["close", shiftId, body])
    return { id: shiftId }
  },
}))

const point = "ocsp_1"
const post = async (fields: Record<string, string>) =>
  (await action({
    request: new Request(`http://shop.test/sales-point/${point}/shifts`, { method: "POST", body: new URLSearchParams(fields), headers: { cookie: await staffCookie() } }),
    params: { pointId: point },
    context: {},
  })) as Response

describe("POST /sales-point/:pointId/shifts", () => {
  it("opens a shift with the float as typed (dots group thousands)", async () => {
    api.calls = []
    const response = await post({ intent: "open", opening_float: "500.000" })
    expect(response.headers.get("location")).toBe(`/sales-point/${point}/shifts`)
    expect(api.calls).toEqual([["open", { opening_float: 500_000, note: null }]])
  })

  it("closes the shift with the cash counted and shows its printable report", async () => {
    api.calls = []
    const response = await post({ intent: "close", shift_id: "ocsh_1", counted_cash: "1.234.000", note: "Thiếu tiền lẻ" })
    expect(response.headers.get("location")).toBe(`/sales-point/${point}/shifts/ocsh_1`)
    expect(api.calls).toEqual([["close", "ocsh_1", { counted_cash: 1_234_000, note: "Thiếu tiền lẻ" }]])
  })

  it("refuses a count that is not an amount, next to its field, before asking the API", async () => {
    api.calls = []
    const response = await post({ intent: "close", shift_id: "ocsh_1", counted_cash: "-20" })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expect.objectContaining({ fieldErrors: { counted_cash: "staffConsole.pay.errorAmount" } }))
    expect(api.calls).toEqual([])
  })
})

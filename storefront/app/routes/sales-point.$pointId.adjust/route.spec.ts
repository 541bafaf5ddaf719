import { describe, expect, it } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { action } from "./route"

function post(fields: Record<string, string>, cookie: string) {
  return new Request("http://shop.test/sales-point/ocsp_1/adjust", { method: "POST", body: new URLSearchParams(fields), headers: { cookie } })
}

describe("POST /sales-point/:pointId/adjust", () => {
  it("refuses to add stock for damage, next to the change, keeping what was typed", async () => {
    const request = post({ variant_id: "variant_1", adjustment: "3", reason: "damage", note: "vỡ 3 hũ" }, await staffCookie())
    const response = (await action({ request, params: { pointId: "ocsp_1" }, context: {} })) as Response
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ adjustment: ["staffConsole.error.adjustmentSign"] })
    expect(result.initialValue).toEqual(expect.objectContaining({ variant_id: "variant_1", note: "vỡ 3 hũ" }))
  })

  it("refuses a zero change and a missing product", async () => {
    const request = post({ adjustment: "0", reason: "count_correction" }, await staffCookie())
    const { result } = await ((await action({ request, params: { pointId: "ocsp_1" }, context: {} })) as Response).json()
    expect(result.error).toEqual({ variant_id: ["staffConsole.error.variant"], adjustment: ["staffConsole.error.adjustment"] })
  })

  it("puts the API's refusal to go below zero next to the change, in the staff's words", () => {
    const message = 'adjustment: out of stock at this sales point: "Mắm cá linh" has 2 available, 5 needed'
    const fields = { variant_id: "variant_id", adjustment: "adjustment", reason: "reason", note: "note" }
    expect(fieldErrorsFromApi(message, fields, { adjustment: [/out of stock|below|reserved/i, "staffConsole.error.belowZero"] })).toEqual({
      fieldErrors: { adjustment: ["staffConsole.error.belowZero"] },
      formErrors: [],
    })
  })
})

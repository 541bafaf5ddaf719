import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

const post = async (fields: Record<string, string>) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  const request = new Request("http://shop.test/producer/inventory", { method: "POST", body, headers: { cookie: await producerCookie() } })
  return action({ request, params: {}, context: {} })
}

describe("POST /producer/inventory (declaring a pack's stock)", () => {
  it("refuses a negative new quantity and a missing reason next to their fields, for the pack that was sent, before anything is sent to the shop", async () => {
    const negative = await post({ variant_id: "variant_01", mode: "set", amount: "-3", reason: "Đếm lại" })
    expect(negative.status).toBe(400)
    const { errors } = await negative.json()
    expect(errors.variant_id).toBe("variant_01")
    expect(errors.fieldErrors.amount).toEqual(["producerPortal.stock.errors.negative"])
    const unexplained = await (await post({ variant_id: "variant_01", mode: "set", amount: "3", reason: " " })).json()
    expect(unexplained.errors.fieldErrors.reason).toEqual(["producerPortal.stock.errors.reason"])
  })

  it("refuses a change of zero and a quantity that is not a whole number", async () => {
    const zero = await (await post({ variant_id: "variant_01", mode: "change", amount: "0", reason: "Đếm lại" })).json()
    expect(zero.errors.fieldErrors.amount).toEqual(["producerPortal.stock.errors.zeroChange"])
    const fraction = await (await post({ variant_id: "variant_01", mode: "set", amount: "2.5", reason: "Đếm lại" })).json()
    expect(fraction.errors.fieldErrors.amount).toEqual(["producerPortal.stock.errors.amount"])
  })

  it("says on the form when neither a new quantity nor a change was chosen", async () => {
    const response = await post({ variant_id: "variant_01", amount: "4", reason: "Mẻ mới" })
    expect(response.status).toBe(400)
    const { errors } = await response.json()
    expect(errors.formErrors).toEqual(["producerPortal.stock.errors.mode"])
  })
})

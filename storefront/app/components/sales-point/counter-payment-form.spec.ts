import { describe, expect, it } from "vitest"
import { changeFor, counterPaymentsFrom, parseDong } from "./counter-payment-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

describe("parseDong", () => {
  it("reads amounts as clerks type them, and refuses the rest", () => {
    expect(parseDong("100.000")).toBe(100_000)
    expect(parseDong("100 000")).toBe(100_000)
    expect(parseDong("64000")).toBe(64_000)
    expect(parseDong("")).toBeNull()
    expect(parseDong("-5")).toBeNaN()
    expect(parseDong("12,5")).toBeNaN()
  })
})

describe("counterPaymentsFrom", () => {
  it("takes cash handed over; short cash names the field", () => {
    expect(counterPaymentsFrom(form({ payment_method: "cash", tendered: "100.000" }), 64_000)).toEqual({
      choice: "cash",
      payments: [{ method: "cash", amount: 64_000, tendered: 100_000 }],
      errors: {},
    })
    expect(counterPaymentsFrom(form({ payment_method: "cash", tendered: "50.000" }), 64_000).errors).toEqual({ tendered: "staffConsole.pay.errorShort" })
    expect(changeFor(100_000, 64_000)).toBe(36_000)
    expect(changeFor(50_000, 64_000)).toBeNull()
  })

  it("splits cash and card so they make the total, and refuses a cash part outside it", () => {
    expect(counterPaymentsFrom(form({ payment_method: "split", split_cash: "40.000", split_tendered: "50.000" }), 64_000).payments).toEqual([
      { method: "cash", amount: 40_000, tendered: 50_000 },
      { method: "card_at_counter", amount: 24_000, reference: null },
    ])
    expect(counterPaymentsFrom(form({ payment_method: "split", split_cash: "64.000" }), 64_000).errors).toEqual({ split_cash: "staffConsole.pay.errorSplit" })
  })

  it("asks for a method it knows", () => {
    expect(counterPaymentsFrom(form({ payment_method: "cheque" }), 1).errors).toEqual({ payment_method: "errors.required" })
  })
})

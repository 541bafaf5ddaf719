import { describe, expect, it } from "vitest"
import { invoiceAmounts } from "./invoice-vat"

describe("invoiceAmounts", () => {
  it("takes VAT out of a mixed-rate basket to the đồng, totals equal to what was paid", () => {
    const result = invoiceAmounts([
      { title: "Khô cá lóc", quantity: 2, unit_price: 125000, vat_rate: 8 },
      { title: "Nước mắm", quantity: 1, unit_price: 45000, vat_rate: 5 },
      { title: "Rượu Xuân Thạnh", quantity: 1, unit_price: 99999, vat_rate: 10 },
      { title: "Xoài cát Hòa Lộc", quantity: 3, unit_price: 33333, vat_rate: null },
    ])
    expect(result.lines.map((l) => [l.amount, l.vat_amount, l.total])).toEqual([
      // 250000 / 1.08 = 231481.48 → 231481, VAT 18519
      [231481, 18519, 250000],
      // 45000 / 1.05 = 42857.14 → 42857, VAT 2143
      [42857, 2143, 45000],
      // 99999 / 1.10 = 90908.18 → 90908, VAT 9091
      [90908, 9091, 99999],
      // not subject: no VAT
      [99999, 0, 99999],
    ])
    expect(result.subtotal).toBe(231481 + 42857 + 90908 + 99999)
    expect(result.vat_total).toBe(18519 + 2143 + 9091)
    expect(result.total).toBe(250000 + 45000 + 99999 + 99999)
    expect(result.subtotal + result.vat_total).toBe(result.total)
    expect(result.by_rate).toEqual([
      { rate: 8, amount: 231481, vat_amount: 18519 },
      { rate: 5, amount: 42857, vat_amount: 2143 },
      { rate: 10, amount: 90908, vat_amount: 9091 },
      { rate: null, amount: 99999, vat_amount: 0 },
    ])
  })

  it("rounds the amount before tax to the nearest đồng, up as well as down", () => {
    const [up, down] = invoiceAmounts([
      { title: "up", quantity: 1, unit_price: 100, vat_rate: 8 },
      { title: "down", quantity: 1, unit_price: 1000, vat_rate: 5 },
    ]).lines
    // 100 / 1.08 = 92.59 → 93; 1000 / 1.05 = 952.38 → 952
    expect([up.amount, up.vat_amount]).toEqual([93, 7])
    expect([down.amount, down.vat_amount]).toEqual([952, 48])
  })
})

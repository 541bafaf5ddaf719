import { describe, expect, it } from "vitest"
import { adjustmentAmounts, adjustmentToOrder, correctionLines } from "./invoice-adjustment"
import { invoiceAmounts } from "./invoice-vat"

const cake = { title: "Bánh hạnh nhân – Hộp 250 g", unit_price: 45000, vat_rate: 8 }
const fee = { title: "Phí vận chuyển (Giao hàng tiêu chuẩn)", unit_price: 30000, vat_rate: 8, quantity: 1 }

describe("adjustmentToOrder", () => {
  it("takes one returned unit of two out as the difference of the rounded amounts, so the invoices add up to the order as it stands", () => {
    const invoiced = invoiceAmounts([{ ...cake, quantity: 2 }, fee]).lines
    const now = invoiceAmounts([{ ...cake, quantity: 1 }, fee]).lines
    const lines = adjustmentToOrder(invoiced, now)
    // 90.000 at 8 %: 83.333 + 6.667; 45.000: 41.667 + 3.333; the delivery fee did not change.
    expect(lines).toEqual([{ ...cake, quantity: -1, amount: 41667 - 83333, vat_amount: 3333 - 6667, total: -45000 }])
    const sum = adjustmentAmounts(lines)
    expect(sum).toEqual(
      expect.objectContaining({ direction: "decrease", subtotal: -41666, vat_total: -3334, total: -45000, amount_in_words: "Điều chỉnh giảm bốn mươi lăm nghìn đồng" })
    )
  })

  it("leaves nothing when the order matches what was invoiced, including earlier adjustments", () => {
    const original = invoiceAmounts([{ ...cake, quantity: 2 }]).lines
    const now = invoiceAmounts([{ ...cake, quantity: 1 }]).lines
    const first = adjustmentToOrder(original, now)
    expect(adjustmentToOrder([...original, ...first], now)).toEqual([])
  })
})

describe("correctionLines", () => {
  it("takes VAT out of each corrected line at its rate and signs it by the direction", () => {
    expect(correctionLines([{ title: "Giảm giá bánh", quantity: 1, unit_price: 5000, vat_rate: 8 }], "decrease")).toEqual([
      expect.objectContaining({ quantity: -1, amount: -4630, vat_amount: -370, total: -5000 }),
    ])
    const up = correctionLines([{ title: "Rượu thốt nốt", quantity: 1, unit_price: 12000, vat_rate: 10 }], "increase")
    expect(up).toEqual([expect.objectContaining({ quantity: 1, amount: 10909, vat_amount: 1091, total: 12000 })])
    expect(adjustmentAmounts(up).amount_in_words).toBe("Điều chỉnh tăng mười hai nghìn đồng")
  })
})

import {
  allocateProportionally,
  commissionFor,
  computeStatements,
  isValidRateBp,
  type SaleLine,
} from "./settlement-amounts"

const sale = (over: Partial<SaleLine> = {}): SaleLine => ({
  producer_id: "ocpr_a",
  product_id: "prod_1",
  variant_id: "var_1",
  title: "Mắm cá linh 500 g",
  channel: "online",
  quantity: 1,
  amount: 100_000,
  ...over,
})

describe("commissionFor", () => {
  it("takes 5 % of a sum to the đồng, rounding halves up", () => {
    expect(commissionFor(1_000_000, 500)).toBe(50_000)
    expect(commissionFor(10, 500)).toBe(1) // 0.5 đ → 1 đ
    expect(commissionFor(9, 500)).toBe(0) // 0.45 đ → 0 đ
  })

  it("charges nothing at a 0 % rate", () => {
    expect(commissionFor(123_457, 0)).toBe(0)
  })

  it("gives back commission on a net refund symmetrically", () => {
    expect(commissionFor(-10, 500)).toBe(-1)
  })

  it("refuses a rate below 0 % or above 100 %", () => {
    expect(isValidRateBp(-1)).toBe(false)
    expect(isValidRateBp(10_001)).toBe(false)
    expect(isValidRateBp(10_000)).toBe(true)
    expect(() => commissionFor(100, 10_001)).toThrow(RangeError)
  })
})

describe("allocateProportionally", () => {
  it("shares a refund so that the shares add up to it exactly", () => {
    const shares = allocateProportionally(100_000, [1, 1, 1])
    expect(shares).toEqual([33_334, 33_333, 33_333])
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100_000)
  })

  it("follows the lines' amounts", () => {
    expect(allocateProportionally(30_000, [200_000, 100_000])).toEqual([20_000, 10_000])
  })
})

describe("computeStatements", () => {
  it("adds a month of online sales, counter sales, a refund and a 5 % commission up to the đồng", () => {
    const online = sale({ quantity: 2, amount: 190_000 })
    const other = sale({ producer_id: "ocpr_b", variant_id: "var_9", title: "Trà", amount: 60_000 })
    const [a, b] = computeStatements({
      sales: [
        online,
        sale({ channel: "counter", quantity: 3, amount: 285_000 }),
        sale({ variant_id: "var_2", title: "Mắm 1 kg", amount: 150_001 }),
        other,
      ],
      // A refund on an order holding both producers' lines is split between them.
      refunds: [{ amount: 50_000, order_lines: [online, other] }],
      rateBp: 500,
    })
    expect(a.producer_id).toBe("ocpr_a")
    expect(a.gross_online).toBe(340_001)
    expect(a.gross_counter).toBe(285_000)
    // 190 000 / 250 000 of the refund.
    expect(a.refunds).toBe(38_000)
    // (625 001 − 38 000) × 5 % = 29 350.05 → 29 350
    expect(a.commission).toBe(29_350)
    expect(a.net_payable).toBe(340_001 + 285_000 - 38_000 - 29_350)
    expect(a.lines).toHaveLength(3)
    expect(a.lines.reduce((s, l) => s + l.amount, 0)).toBe(a.gross_online + a.gross_counter)
    expect(a.lines.reduce((s, l) => s + l.refunds, 0)).toBe(a.refunds)
    expect(b.refunds).toBe(12_000)
    expect(a.refunds + b.refunds).toBe(50_000)
  })

  it("keeps online and counter sales of one variant on separate lines", () => {
    const [a] = computeStatements({
      sales: [sale(), sale({ channel: "counter" }), sale()],
      refunds: [],
      rateBp: 0,
    })
    expect(a.lines.map((l) => [l.channel, l.quantity])).toEqual([
      ["counter", 1],
      ["online", 2],
    ])
    expect(a.commission).toBe(0)
    expect(a.net_payable).toBe(300_000)
  })

  it("makes a statement for a refund alone, with a negative net (a correction of an earlier period)", () => {
    const [a] = computeStatements({
      sales: [],
      refunds: [{ amount: 20_000, order_lines: [sale()] }],
      rateBp: 500,
    })
    expect(a.gross_online).toBe(0)
    expect(a.refunds).toBe(20_000)
    expect(a.commission).toBe(-1_000)
    expect(a.net_payable).toBe(-19_000)
  })

  it("subtracts the fees charged on", () => {
    const [a] = computeStatements({
      sales: [sale()],
      refunds: [],
      rateBp: 1_000,
      fees: { ocpr_a: 5_000 },
    })
    expect(a.net_payable).toBe(100_000 - 10_000 - 5_000)
  })

  it("refuses fractions of a đồng", () => {
    expect(() =>
      computeStatements({ sales: [sale({ amount: 10.5 })], refunds: [], rateBp: 0 })
    ).toThrow(/whole number/)
  })
})

/** A line as sold: its price includes VAT (Vietnamese retail prices do, and Medusa charges no tax on top here). */
export type GrossLine = {
  title: string
  quantity: number
  /** Đồng per unit, VAT included. */
  unit_price: number
  /** Percent (0, 5, 8, 10), or null when the goods are not subject to VAT ("KCT"). */
  vat_rate: number | null
}

export type InvoiceLineAmounts = GrossLine & {
  /** Đồng before VAT ("thành tiền chưa thuế"). */
  amount: number
  vat_amount: number
  /** Đồng paid for the line: amount + vat_amount, exactly. */
  total: number
}

export type InvoiceAmounts = {
  lines: InvoiceLineAmounts[]
  subtotal: number
  vat_total: number
  total: number
  /** Per rate ("KCT" for not subject), as the invoice's tax summary shows it. */
  by_rate: { rate: number | null; amount: number; vat_amount: number }[]
}

/**
 * VAT taken out of what the buyer paid, line by line, to the đồng: the amount before
 * tax is the gross divided by (1 + rate), rounded to the nearest đồng (with 5, 8 and 10 % an exact half cannot occur), and the tax is the rest, so
 * every line and the invoice total equal exactly what was paid.
 */
export function invoiceAmounts(lines: GrossLine[]): InvoiceAmounts {
  const computed = lines.map((line) => {
    if (!Number.isSafeInteger(line.unit_price) || !Number.isSafeInteger(line.quantity)) {
      throw new RangeError(`${line.title}: price and quantity must be whole numbers`)
    }
    const total = line.unit_price * line.quantity
    const rate = line.vat_rate ?? 0
    // Integer arithmetic: total * 100 / (100 + rate), rounded to the nearest đồng.
    const amount = Math.floor((total * 100 * 2 + (100 + rate)) / (2 * (100 + rate)))
    return { ...line, amount, vat_amount: total - amount, total }
  })
  const rates = [...new Set(computed.map((l) => l.vat_rate))]
  return {
    lines: computed,
    subtotal: computed.reduce((s, l) => s + l.amount, 0),
    vat_total: computed.reduce((s, l) => s + l.vat_amount, 0),
    total: computed.reduce((s, l) => s + l.total, 0),
    by_rate: rates.map((rate) => {
      const of = computed.filter((l) => l.vat_rate === rate)
      return {
        rate,
        amount: of.reduce((s, l) => s + l.amount, 0),
        vat_amount: of.reduce((s, l) => s + l.vat_amount, 0),
      }
    }),
  }
}

/** How a rate is printed: "8%", or "KCT" (không chịu thuế) for goods not subject to VAT. */
export const vatRateLabel = (rate: number | null) => (rate === null ? "KCT" : `${rate}%`)

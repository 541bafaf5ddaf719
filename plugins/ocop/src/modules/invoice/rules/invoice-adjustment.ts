import { dongInWords } from "./amount-in-words"
import { invoiceAmounts, type GrossLine, type InvoiceLineAmounts } from "./invoice-vat"

/** A line of an adjustment invoice: signed, a decrease negative; amount + vat_amount = total, to the đồng. */
export type AdjustmentLine = InvoiceLineAmounts

export type AdjustmentAmounts = {
  direction: "increase" | "decrease"
  lines: AdjustmentLine[]
  subtotal: number
  vat_total: number
  total: number
  amount_in_words: string
}

const keyOf = (l: { title: string; unit_price: number; vat_rate: number | null }) =>
  `${l.title}\u0000${l.unit_price}\u0000${l.vat_rate ?? "KCT"}`

function totals(lines: AdjustmentLine[]): Omit<AdjustmentAmounts, "direction" | "lines"> {
  const subtotal = lines.reduce((s, l) => s + l.amount, 0)
  const vat_total = lines.reduce((s, l) => s + l.vat_amount, 0)
  const total = lines.reduce((s, l) => s + l.total, 0)
  const words = dongInWords(Math.abs(total))
  return {
    subtotal,
    vat_total,
    total,
    // A decrease is written as such in words; the figure itself carries the minus sign.
    amount_in_words: `${total < 0 ? "Điều chỉnh giảm" : "Điều chỉnh tăng"} ${words.charAt(0).toLowerCase()}${words.slice(1)}`,
  }
}

/**
 * The adjustment that brings what has been invoiced (the original's lines plus every
 * adjustment already issued) in line with the order as it now stands (returned units
 * out): per line, the difference in quantity, amount, VAT and total. Taking differences
 * of amounts already rounded to the đồng, rather than pricing the returned units anew,
 * keeps the invoices adding up exactly to what a fresh invoice of the order would say.
 * Lines that did not change are left out.
 */
export function adjustmentToOrder(invoiced: AdjustmentLine[], now: AdjustmentLine[]): AdjustmentLine[] {
  const by = new Map<string, AdjustmentLine>()
  const add = (l: AdjustmentLine, sign: 1 | -1) => {
    const k = keyOf(l)
    const at = by.get(k) ?? { title: l.title, unit_price: l.unit_price, vat_rate: l.vat_rate, quantity: 0, amount: 0, vat_amount: 0, total: 0 }
    at.quantity += sign * l.quantity
    at.amount += sign * l.amount
    at.vat_amount += sign * l.vat_amount
    at.total += sign * l.total
    by.set(k, at)
  }
  for (const l of now) add(l, 1)
  for (const l of invoiced) add(l, -1)
  return [...by.values()].filter((l) => l.quantity !== 0 || l.total !== 0 || l.vat_amount !== 0)
}

/**
 * A correction typed by the office: each line as sold (VAT included, positive), VAT
 * taken out at its rate as on any invoice, then all of it signed by the direction.
 */
export function correctionLines(lines: GrossLine[], direction: "increase" | "decrease"): AdjustmentLine[] {
  const sign = direction === "decrease" ? -1 : 1
  return invoiceAmounts(lines).lines.map((l) => ({
    ...l,
    quantity: sign * l.quantity,
    amount: sign * l.amount,
    vat_amount: sign * l.vat_amount,
    total: sign * l.total,
  }))
}

/** Totals, direction and amount in words of an adjustment's lines. */
export function adjustmentAmounts(lines: AdjustmentLine[]): AdjustmentAmounts {
  const t = totals(lines)
  return { direction: t.total < 0 ? "decrease" : "increase", lines, ...t }
}

import type { BasketLine } from "~/lib/staff-session.server"
import type { OcopStockShortfall } from "~/lib/ocop-types"

export const MAX_LINE_QUANTITY = 100_000

/** The basket with one more of a variant (a new line, or one more on its line). */
export function addToBasket(lines: BasketLine[], line: Omit<BasketLine, "quantity">): BasketLine[] {
  const existing = lines.find((l) => l.variant_id === line.variant_id)
  if (existing) return lines.map((l) => (l === existing ? { ...l, quantity: Math.min(l.quantity + 1, MAX_LINE_QUANTITY) } : l))
  return [...lines, { ...line, quantity: 1 }]
}

/**
 * The quantities typed in the basket form (`qty.<variant_id>`), applied to its lines.
 * A line with a quantity that is not a whole number from 1 up is kept as it was and
 * reported, so the staff member can correct it.
 */
export function applyQuantities(lines: BasketLine[], form: FormData): { lines: BasketLine[]; invalid: string[] } {
  const invalid: string[] = []
  const next = lines.map((line) => {
    const raw = form.get(`qty.${line.variant_id}`)
    if (raw === null) return line
    const quantity = Number(String(raw).trim())
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      invalid.push(line.variant_id)
      return line
    }
    return { ...line, quantity }
  })
  return { lines: next, invalid }
}

/** The basket lines a stock refusal names (the API's `shortfalls`), with its figures. */
export function outOfStockLines(
  shortfalls: OcopStockShortfall[],
  lines: BasketLine[]
): Record<string, { available: number; needed: number }> {
  const found: Record<string, { available: number; needed: number }> = {}
  for (const short of shortfalls) {
    if (short.variant_id && lines.some((l) => l.variant_id === short.variant_id))
      found[short.variant_id] = { available: short.available, needed: short.needed }
  }
  return found
}

import type { Knex } from "@mikro-orm/postgresql"
import { addDays, isExpired, vietnamToday } from "../modules/sales-point/rules/lots"
import { salesPointMovementNames } from "./sales-points"

type LotRow = {
  id: string
  variant_id: string | null
  expires_on: string | null
  [key: string]: unknown
}

/**
 * Lots as the console shows them: the product's name, whether the lot has expired
 * and how many days it has left (negative once expired; null without a date).
 */
export async function namedSalesPointLots<T extends LotRow>(
  knex: Knex,
  lots: T[],
  today = vietnamToday()
) {
  const names = await salesPointMovementNames(
    knex,
    lots.map((l) => ({
      variant_id: l.variant_id,
      reference: null,
      staff_id: null,
      kind: "lot",
    }))
  )
  const dayMs = 24 * 3600 * 1000
  return lots.map((l) => {
    const v = l.variant_id ? names.variants.get(l.variant_id) : undefined
    return {
      ...l,
      product_title: v?.product_title ?? null,
      variant_title: v?.variant_title ?? null,
      expired: isExpired(l.expires_on, today),
      days_left: l.expires_on
        ? Math.round(
            (Date.parse(`${l.expires_on}T00:00:00Z`) -
              Date.parse(`${today}T00:00:00Z`)) /
              dayMs
          )
        : null,
    }
  })
}

/** The last day a lot may expire on to be listed as "Sắp hết hạn" today. */
export const expiringBy = (withinDays: number, today = vietnamToday()) =>
  addDays(today, withinDays)

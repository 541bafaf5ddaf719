import type { LedgerFilters, MovementKind } from "~/lib/data/sales-point-api.server"

export const MOVEMENT_KINDS: readonly MovementKind[] = ["receive", "adjust", "transfer_out", "transfer_in", "sale", "return"]
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The ledger's filters from the page's URL (shared by the table and its CSV link).
 * Anything malformed is dropped and reported, so the API never sees it.
 */
export function ledgerFilters(search: URLSearchParams): { filters: LedgerFilters; invalidDates: boolean } {
  const kind = search.get("kind") as MovementKind | null
  const variant = search.get("variant_id")?.trim()
  const from = search.get("from")?.trim() || undefined
  const to = search.get("to")?.trim() || undefined
  const invalidDates = Boolean((from && !DAY.test(from)) || (to && !DAY.test(to)))
  return {
    filters: {
      kind: kind && MOVEMENT_KINDS.includes(kind) ? kind : undefined,
      variant_id: variant || undefined,
      from: from && DAY.test(from) ? from : undefined,
      to: to && DAY.test(to) ? to : undefined,
    },
    invalidDates,
  }
}

export function ledgerQuery(filters: LedgerFilters): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v)
  return params.toString()
}

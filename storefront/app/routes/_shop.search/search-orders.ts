import type { SortOrder } from "~/lib/catalog-query"

/** The catalog's orders that GET /store/ocop/search knows; "recommended" is its relevance order. */
export const searchOrders = [
  "recommended",
  "-stars",
  "stars",
  "price",
  "-price",
  "-created_at",
] as const satisfies readonly SortOrder[]

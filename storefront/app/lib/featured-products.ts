import type { OcopProductList } from "./ocop-types"

type List = (query: Record<string, string | number>) => Promise<OcopProductList>

/**
 * The home page's 4★/5★ strip: products whose certificate is still valid first,
 * and expired ones only to fill the strip when too few valid ones exist. A strip
 * of "featured" products that were 5★ until last year tells a shopper nothing.
 */
export async function listFeaturedProducts(list: List, limit = 8) {
  const valid = await list({ stars: "4,5", status: "active", limit })
  if (valid.products.length >= limit) return valid.products
  const rest = await list({ stars: "4,5", status: "expired", limit: limit - valid.products.length })
  return [...valid.products, ...rest.products]
}

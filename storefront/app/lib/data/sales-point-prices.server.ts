import { sdk } from "../medusa.server"
import { getVietnamRegion } from "./regions.server"

/**
 * The catalog's VND price of each variant of these products (what a counter sale
 * charges), by variant id; null where the catalog has none.
 */
export async function variantPricesVnd(productIds: string[]): Promise<Record<string, number | null>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return {}
  const region = await getVietnamRegion()
  const { products } = await sdk.store.product.list({
    id: ids,
    region_id: region.id,
    fields: "id,variants.id,*variants.calculated_price",
    limit: ids.length,
  })
  const prices: Record<string, number | null> = {}
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const amount = variant.calculated_price?.calculated_amount
      prices[variant.id] = typeof amount === "number" ? Math.round(amount) : null
    }
  }
  return prices
}

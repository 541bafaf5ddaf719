import type { Locale } from "../i18n"
import { localeHeaders, sdk } from "../medusa.server"
import type { OcopProductDetail, OcopProductList } from "../ocop-types"
import { nullOn404 } from "./not-found.server"

/**
 * GET /store/ocop/products: filtered products with facet counts. The backend bounds
 * how many run at once; its "busy" becomes the page's 503 (busy.server.ts).
 */
export async function listOcopProducts(query: Record<string, string | number>, locale: Locale): Promise<OcopProductList> {
  return sdk.client.fetch<OcopProductList>("/store/ocop/products", { query, headers: localeHeaders(locale) })
}

/**
 * GET /store/ocop/products/:handle, or null when there is no such product. With
 * `related`, the same answer brings that many cards per related rail.
 */
export async function getOcopProduct(
  handle: string,
  locale: Locale,
  options: { related?: number } = {}
): Promise<OcopProductDetail | null> {
  return nullOn404(async () => {
    const { product } = await sdk.client.fetch<{ product: OcopProductDetail }>(
      `/store/ocop/products/${encodeURIComponent(handle)}`,
      { headers: localeHeaders(locale), query: options.related ? { related: options.related } : undefined }
    )
    return product
  })
}

let overview: { at: number; value: Promise<OcopProductList> } | null = null

/**
 * The unfiltered catalog (facets over everything and up to 100 products), kept for
 * five minutes: filter menus list every option, not only those left after filtering.
 * Its facet labels are names (provinces, producers) and set codes, the same in both
 * languages; its products serve only for their pictures.
 */
export function getCatalogOverview(): Promise<OcopProductList> {
  if (overview && Date.now() - overview.at < 5 * 60 * 1000) return overview.value
  const value = listOcopProducts({ limit: 100 }, "vi")
  value.catch(() => {
    overview = null
  })
  overview = { at: Date.now(), value }
  return value
}

/** A product lot's label dates, as the trace page shows them. */
export type OcopProductLot = {
  lot_code: string
  expires_on: string | null
  produced_on: string | null
  expired: boolean
  received: { sales_point: { name: string; handle: string } | null; received_at: string; expires_on: string | null }[]
}

/** GET /store/ocop/products/:handle/lots/:code, or null when the product has no such lot. */
export async function getOcopProductLot(handle: string, code: string): Promise<OcopProductLot | null> {
  return nullOn404(async () => {
    const { lot } = await sdk.client.fetch<{ lot: OcopProductLot }>(
      `/store/ocop/products/${encodeURIComponent(handle)}/lots/${encodeURIComponent(code)}`
    )
    return lot
  })
}

import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { listPointVariants } from "~/lib/data/sales-point-api.server"
import { variantPricesVnd } from "~/lib/data/sales-point-prices.server"
import { withStaffToken } from "~/lib/staff-session.server"
import { signedOutAnswer } from "~/components/sales-point/offline/signed-out-answer.server"

export type OfflineCatalogItem = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  ean: string | null
  price: number | null
  available: number
}

export type OfflineCatalog = { point_id: string; saved_at: string; items: OfflineCatalogItem[] }

/**
 * What the point sells and at what price, for the console to sell from while offline
 * (decision 404): the service worker keeps the last answer. JSON for the console's
 * own script, through the storefront so the staff token never reaches the browser.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const pointId = params.pointId!
  try {
    const held = await withStaffToken(request, (token) => listPointVariants(token, pointId))
    const prices = await variantPricesVnd(held.map((r) => r.product_id))
    const catalog: OfflineCatalog = {
      point_id: pointId,
      saved_at: new Date().toISOString(),
      items: held.map((r) => ({
        variant_id: r.variant_id,
        product_id: r.product_id,
        product_title: r.product_title,
        variant_title: r.variant_title,
        sku: r.sku,
        ean: r.ean,
        price: prices[r.variant_id] ?? null,
        available: r.available_quantity,
      })),
    }
    return json(catalog, { headers: { "cache-control": "private, no-store" } })
  } catch (error) {
    return signedOutAnswer(error)
  }
}

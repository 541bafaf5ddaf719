import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../modules/wishlist"
import type WishlistModuleService from "../../../../modules/wishlist/service"
import { WISHLIST_MAX_ITEMS } from "../../../../modules/wishlist/rules/wishlist-additions"
import { listOcopProducts } from "../../../../queries/ocop-catalog"
import { translateResponse } from "../../translate-response"

/** The ids on one customer's list, the latest added first. */
export async function wishlistProductIds(
  req: Pick<MedusaStoreRequest, "scope">,
  customerId: string
): Promise<string[]> {
  const items = await req.scope
    .resolve<WishlistModuleService>(WISHLIST_MODULE)
    .listWishlistItems(
      { customer_id: customerId },
      { select: ["product_id"], order: { created_at: "DESC", id: "DESC" }, take: WISHLIST_MAX_ITEMS }
    )
  return items.map((i) => i.product_id)
}

/**
 * One customer's list as the shop shows it: the ids (for the hearts) and the products
 * still on sale through the request's key, as catalog cards in the list's order.
 */
export async function wishlistView(
  req: Pick<MedusaStoreRequest, "scope" | "locale" | "publishable_key_context">,
  customerId: string
) {
  const productIds = await wishlistProductIds(req, customerId)
  if (!productIds.length) return { product_ids: [], products: [] }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { products } = await listOcopProducts(
    knex,
    {
      product_ids: productIds,
      sales_channel_ids: req.publishable_key_context.sales_channel_ids,
    },
    { limit: WISHLIST_MAX_ITEMS, offset: 0, order: "recommended" }
  )
  await translateResponse(req, products)
  const position = new Map(productIds.map((id, i) => [id, i]))
  products.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
  return { product_ids: productIds, products }
}

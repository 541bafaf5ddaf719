import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addWishlistItemsWorkflow } from "../../../../../workflows/wishlist/add-wishlist-items"
import type { StoreAddOcopWishlistItemType } from "../validators"
import { wishlistProductIds } from "../wishlist-view"

/** Hearts one product: 404 for a product not on sale, nothing new for one already kept. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreAddOcopWishlistItemType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  await addWishlistItemsWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      product_ids: [req.validatedBody.product_id],
      skip_unavailable: false,
    },
  })
  res.json({ wishlist: { product_ids: await wishlistProductIds(req, customerId) } })
}

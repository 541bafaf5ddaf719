import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addWishlistItemsWorkflow } from "../../../../../workflows/wishlist/add-wishlist-items"
import type { StoreMergeOcopWishlistType } from "../validators"
import { wishlistProductIds } from "../wishlist-view"

/**
 * A guest's list (kept in the browser) joins the customer's at sign-in: products already
 * kept stay once, products no longer on sale are left out.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreMergeOcopWishlistType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  await addWishlistItemsWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      product_ids: req.validatedBody.product_ids,
      skip_unavailable: true,
    },
  })
  res.json({ wishlist: { product_ids: await wishlistProductIds(req, customerId) } })
}

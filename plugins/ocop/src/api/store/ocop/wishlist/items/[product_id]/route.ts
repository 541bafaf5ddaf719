import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeWishlistItemsWorkflow } from "../../../../../../workflows/wishlist/remove-wishlist-items"
import { wishlistPathProductId } from "../../validators"
import { wishlistProductIds } from "../../wishlist-view"

/** Takes one product off the shopper's own list; 404 when it is not on that list. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const parsed = wishlistPathProductId.safeParse(req.params.product_id)
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "product_id must be a product id (prod_…)"
    )
  }
  const customerId = req.auth_context.actor_id
  await removeWishlistItemsWorkflow(req.scope).run({
    input: { customer_id: customerId, product_ids: [parsed.data] },
  })
  res.json({ wishlist: { product_ids: await wishlistProductIds(req, customerId) } })
}

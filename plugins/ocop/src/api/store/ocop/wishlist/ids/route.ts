import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreGetOcopWishlistParamsType } from "../validators"
import { wishlistProductIds } from "../wishlist-view"

/** Only the ids on the shopper's own list: what every shop page needs for its hearts. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetOcopWishlistParamsType>,
  res: MedusaResponse
) => {
  res.json({
    wishlist: {
      product_ids: await wishlistProductIds(req, req.auth_context.actor_id),
    },
  })
}

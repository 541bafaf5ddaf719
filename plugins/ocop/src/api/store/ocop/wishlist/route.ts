import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreGetOcopWishlistParamsType } from "./validators"
import { wishlistView } from "./wishlist-view"

/** The signed-in shopper's own wishlist, with the products as catalog cards. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetOcopWishlistParamsType>,
  res: MedusaResponse
) => {
  const wishlist = await wishlistView(req as any, req.auth_context.actor_id)
  res.json({ wishlist })
}

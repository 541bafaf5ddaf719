import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { StoreGetOcopWishlistParamsType } from "./validators"
import { wishlistView } from "./wishlist-view"

/** The signed-in shopper's own wishlist, with the products as catalog cards. */
export const GET = async (
  // A /store route: the publishable key's context is set as on every store request.
  req: AuthenticatedMedusaRequest<unknown, StoreGetOcopWishlistParamsType> &
    Pick<MedusaStoreRequest, "publishable_key_context">,
  res: MedusaResponse
) => {
  const wishlist = await wishlistView(req, req.auth_context.actor_id)
  res.json({ wishlist })
}

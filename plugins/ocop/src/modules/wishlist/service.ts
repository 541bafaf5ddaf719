import { MedusaService } from "@medusajs/framework/utils"
import { WishlistItem } from "./models/wishlist-item"

/** Shoppers' wishlists: the products each signed-in customer keeps for later. */
class WishlistModuleService extends MedusaService({
  WishlistItem,
}) {}

export default WishlistModuleService

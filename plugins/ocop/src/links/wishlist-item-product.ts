import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WishlistModule from "../modules/wishlist"

// The product kept, read through the id the item stores.
export default defineLink(
  { linkable: WishlistModule.linkable.wishlistItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)

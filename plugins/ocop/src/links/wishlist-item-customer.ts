import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WishlistModule from "../modules/wishlist"

// The shopper whose list it is, read through the id the item stores.
export default defineLink(
  { linkable: WishlistModule.linkable.wishlistItem, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

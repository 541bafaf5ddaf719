import { model } from "@medusajs/framework/utils"

/**
 * One product a signed-in shopper keeps in its wishlist ("Yêu thích"). The customer and
 * the product are read through links; a product is on a customer's list at most once.
 */
export const WishlistItem = model
  .define(
    { name: "WishlistItem", tableName: "ocop_wishlist_item" },
    {
      id: model.id({ prefix: "ocwl" }).primaryKey(),
      customer_id: model.text(),
      product_id: model.text(),
    }
  )
  .indexes([{ on: ["customer_id", "product_id"], unique: true }])

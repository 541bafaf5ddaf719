import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

// The reviewed product, read through the id the review stores.
export default defineLink(
  { linkable: ReviewModule.linkable.productReview, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)

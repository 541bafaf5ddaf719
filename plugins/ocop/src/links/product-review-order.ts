import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReviewModule from "../modules/review"

// The order whose delivered line was reviewed, read through the id the review stores.
export default defineLink(
  { linkable: ReviewModule.linkable.productReview, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewModule from "../modules/review"

// The buyer who wrote the review, read through the id the review stores.
export default defineLink(
  { linkable: ReviewModule.linkable.productReview, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

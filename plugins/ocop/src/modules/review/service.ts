import { MedusaService } from "@medusajs/framework/utils"
import { ProductReview } from "./models/product-review"

/** Buyers' reviews of the products they received, with replies and the office's moderation. */
class ReviewModuleService extends MedusaService({
  ProductReview,
}) {}

export default ReviewModuleService

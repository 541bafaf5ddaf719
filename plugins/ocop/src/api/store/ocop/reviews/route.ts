import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createProductReviewsWorkflow } from "../../../../workflows/review/create-product-reviews"
import { publicReview } from "../../../shared/product-review-view"
import type { StoreCreateOcopReviewType } from "./validators"

/**
 * A signed-in buyer reviews one line of one of its delivered orders: 404 for an
 * order that is not its own, 400 before delivery, 409 for a second review.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateOcopReviewType>,
  res: MedusaResponse
) => {
  const { result } = await createProductReviewsWorkflow(req.scope).run({
    input: {
      reviews: [{ ...req.validatedBody, customer_id: req.auth_context.actor_id }],
    },
  })
  res.status(201).json({ review: publicReview(result[0]) })
}

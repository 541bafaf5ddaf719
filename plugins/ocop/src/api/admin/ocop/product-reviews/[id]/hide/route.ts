import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setProductReviewsVisibilityWorkflow } from "../../../../../../workflows/review/set-product-reviews-visibility"
import type { AdminHideProductReviewType } from "../../validators"

/** The office hides a review from the shop, saying why (the producer sees the reason). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminHideProductReviewType>,
  res: MedusaResponse
) => {
  const { result } = await setProductReviewsVisibilityWorkflow(req.scope).run({
    input: {
      ids: [req.params.id],
      status: "hidden",
      reason: req.validatedBody.reason,
    },
  })
  res.json({ review: result[0] })
}

import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setProductReviewsVisibilityWorkflow } from "../../../../../../workflows/review/set-product-reviews-visibility"

/** The office shows a hidden review again; the reason is cleared. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await setProductReviewsVisibilityWorkflow(req.scope).run({
    input: { ids: [req.params.id], status: "published" },
  })
  res.json({ review: result[0] })
}

import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { replyToProductReviewsWorkflow } from "../../../../../workflows/review/reply-to-product-reviews"
import { publicReview } from "../../../../shared/product-review-view"
import { currentProducerId } from "../../../helpers"
import type { ProducerReplyToReviewType } from "../../validators"

/** The producer answers a review of its own product in public; another producer's review is a 404. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerReplyToReviewType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { result } = await replyToProductReviewsWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      replies: [{ id: req.params.id, reply: req.validatedBody.reply }],
    },
  })
  res.json({ review: publicReview(result[0]) })
}

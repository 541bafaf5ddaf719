import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listReviewsForStaff } from "../../../shared/product-review-listing"
import type { AdminGetProductReviewsParamsType } from "./validators"

/** Every product review, newest first, for the office to read and moderate. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductReviewsParamsType>,
  res: MedusaResponse
) => {
  const { status, limit, offset } = req.validatedQuery
  const { reviews, count } = await listReviewsForStaff(
    req.scope,
    status ? { status } : {},
    { limit, offset }
  )
  res.json({ reviews, count, limit, offset })
}

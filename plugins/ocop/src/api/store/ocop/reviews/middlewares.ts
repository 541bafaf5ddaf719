import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  limitUploadRequest,
  parseUploadedFiles,
} from "../../../shared/uploads/upload-limits"
import { noQuery } from "../../../shared/query-config"
import { StoreGetOcopOrderReviewsParams } from "../orders/[id]/reviews/validators"
import { StoreCreateOcopReview } from "./validators"

// Only a signed-in customer writes reviews; what anyone reads comes with the product.
const customerAuth = authenticate("customer", ["session", "bearer"])

export const storeReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/ocop/reviews",
    method: ["POST"],
    middlewares: [customerAuth, validateAndTransformBody(StoreCreateOcopReview)],
  },
  {
    matcher: "/store/ocop/reviews/uploads",
    method: ["POST"],
    bodyParser: false,
    // Sized before the body is read, then parsed into memory with per-file limits.
    middlewares: [customerAuth, limitUploadRequest, parseUploadedFiles("files")],
  },
  {
    matcher: "/store/ocop/orders/:id/reviews",
    method: ["GET"],
    middlewares: [
      customerAuth,
      validateAndTransformQuery(StoreGetOcopOrderReviewsParams, noQuery),
    ],
  },
]

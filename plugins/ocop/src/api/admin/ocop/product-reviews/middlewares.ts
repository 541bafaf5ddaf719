import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../../shared/query-config"
import {
  AdminGetProductReviewsParams,
  AdminHideProductReview,
  AdminShowProductReview,
} from "./validators"

// Reviews: the office reads every review and hides one with a reason, or shows it again.
export const adminProductReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/product-reviews",
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetProductReviewsParams, noQuery),
    ],
  },
  {
    matcher: "/admin/ocop/product-reviews/:id/hide",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminHideProductReview)],
  },
  {
    matcher: "/admin/ocop/product-reviews/:id/show",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminShowProductReview)],
  },
]

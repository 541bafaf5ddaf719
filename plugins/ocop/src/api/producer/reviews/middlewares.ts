import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { noQuery } from "../../shared/query-config"
import { ProducerGetReviewsParams, ProducerReplyToReview } from "./validators"

const producerAuth = authenticate("producer", ["session", "bearer"])

// Reviews in the portal: the producer's own products' reviews and its replies.
export const producerReviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/reviews",
    method: ["GET"],
    middlewares: [
      producerAuth,
      validateAndTransformQuery(ProducerGetReviewsParams, noQuery),
    ],
  },
  {
    matcher: "/producer/reviews/:id/reply",
    method: ["POST"],
    middlewares: [producerAuth, validateAndTransformBody(ProducerReplyToReview)],
  },
]

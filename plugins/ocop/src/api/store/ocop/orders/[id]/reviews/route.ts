import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../../../modules/review"
import type ReviewModuleService from "../../../../../../modules/review/service"
import { reviewableLine } from "../../../../../../modules/review/rules/reviewable-line"
import type { OcopOrderReviews } from "../../../../../../types/store"
import { publicReview } from "../../../../../shared/product-review-view"

/**
 * For the buyer's order page: each line, whether it can be reviewed now (delivered,
 * not yet reviewed) and the review written for it. Another customer's order is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "is_draft_order",
      "status",
      "items.id",
      "items.product_id",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  const customerId = req.auth_context.actor_id
  if (!order || order.customer_id !== customerId || order.is_draft_order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  const shape = {
    ...order,
    items: (order.items ?? []).filter(Boolean),
    fulfillments: (order.fulfillments ?? [])
      .filter(Boolean)
      .map((f: any) => ({ ...f, items: (f.items ?? []).filter(Boolean) })),
  }
  const reviews = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listProductReviews({ order_id: order.id })
  const view: OcopOrderReviews = {
    lines: shape.items
      .filter((i: any) => i.product_id)
      .map((i: any) => {
        const review = reviews.find((r) => r.line_item_id === i.id)
        const verdict = reviewableLine(shape, customerId, i.id)
        return {
          line_item_id: i.id,
          product_id: i.product_id,
          status: review
            ? "reviewed"
            : verdict.reviewable
              ? "reviewable"
              : "not_delivered",
          review: review ? publicReview(review) : null,
        }
      }),
  }
  res.json(view)
}

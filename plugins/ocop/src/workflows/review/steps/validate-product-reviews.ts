import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import {
  reviewableLine,
  reviewAuthorName,
} from "../../../modules/review/rules/reviewable-line"

export type CreateProductReviewInput = {
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  body: string
  photos?: string[]
}

export type ProductReviewToCreate = CreateProductReviewInput & {
  product_id: string
  author_name: string | null
}

export const validateProductReviewsStepId = "ocop-validate-product-reviews"
/**
 * Checks that each review is the buyer's, of a delivered line, and the first for
 * that line; answers what to store (the product, the author's shown name).
 */
export const validateProductReviewsStep = createStep(
  validateProductReviewsStepId,
  async (input: CreateProductReviewInput[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const { data: orders } = await query.graph({
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
      filters: { id: [...new Set(input.map((r) => r.order_id))] },
    })
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "first_name", "last_name"],
      filters: { id: [...new Set(input.map((r) => r.customer_id))] },
    })
    const existing = await reviews.listProductReviews(
      { line_item_id: input.map((r) => r.line_item_id) },
      { select: ["line_item_id"] }
    )
    const toCreate = input.map((review): ProductReviewToCreate => {
      const order = orders.find((o: any) => o.id === review.order_id) as any
      const verdict = reviewableLine(
        order
          ? {
              ...order,
              items: order.items ?? [],
              fulfillments: (order.fulfillments ?? []).map((f: any) => ({
                ...f,
                items: f?.items ?? [],
              })),
            }
          : null,
        review.customer_id,
        review.line_item_id
      )
      if (!verdict.reviewable && verdict.reason === "not_found") {
        // Another customer's order answers as no order at all: ids reveal nothing.
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `order_id: order ${review.order_id} has no line ${review.line_item_id} of yours`
        )
      }
      if (!verdict.reviewable) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "line_item_id: a product can be reviewed once it has been delivered"
        )
      }
      if (existing.some((e) => e.line_item_id === review.line_item_id)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "line_item_id: this order line has already been reviewed"
        )
      }
      const customer = customers.find((c: any) => c.id === review.customer_id) as any
      return {
        ...review,
        product_id: verdict.product_id,
        author_name: reviewAuthorName(customer?.first_name, customer?.last_name),
      }
    })
    return new StepResponse(toCreate)
  }
)

import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type ValidateProducerReviewsInput = {
  producer_id: string
  review_ids: string[]
}

export const validateProducerReviewsStepId = "ocop-validate-producer-reviews"
/** Checks that every review is of one of this producer's products; any other is a 404. */
export const validateProducerReviewsStep = createStep(
  validateProducerReviewsStepId,
  async (input: ValidateProducerReviewsInput, { container }) => {
    const reviews = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listProductReviews({ id: input.review_ids }, { select: ["id", "product_id"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = reviews.length
      ? await query.graph({
          entity: "product",
          fields: ["id", "producer.id"],
          filters: { id: reviews.map((r) => r.product_id) },
        })
      : { data: [] as any[] }
    for (const id of input.review_ids) {
      const review = reviews.find((r) => r.id === id)
      const product = products.find((p: any) => p.id === review?.product_id) as any
      if (!review || product?.producer?.id !== input.producer_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Review ${id} was not found`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

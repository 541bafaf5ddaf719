import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  reviewViolation,
  type ReviewDecision,
} from "../../../modules/certification/rules/review"

export type ValidateReviewInput = {
  decision: ReviewDecision
  certifications: {
    id: string
    status: string
    product?: { id: string } | null
  }[]
}

export const validateReviewStepId = "ocop-validate-review"
/** Checks that each certification is a submission waiting for review and belongs to a product. */
export const validateReviewStep = createStep(
  validateReviewStepId,
  async (input: ValidateReviewInput) => {
    for (const certification of input.certifications) {
      const violation = reviewViolation(certification.status, input.decision)
      if (violation) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, violation)
      }
      if (!certification.product?.id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `product_id: certification ${certification.id} belongs to no product`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

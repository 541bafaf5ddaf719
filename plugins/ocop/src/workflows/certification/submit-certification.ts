import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { withCertificationDefaults } from "../../modules/certification/rules/certification-defaults"
import { createProductCertification } from "./create-product-certification"
import { validateCertificationsStep } from "./steps/validate-certifications"
import { validateProducerProductsStep } from "../common/validate-producer-products"
import { validateSubmittedCertificatesStep } from "./steps/validate-submitted-certificates"
import type { CertificationInput } from "../common/types"

export type SubmitCertificationInput = {
  producer_id: string
  product_id: string
  certification: Omit<CertificationInput, "status" | "status_reason">
}

export const submitCertificationWorkflowId = "ocop-submit-certification"
/**
 * A producer submits a certificate for one of its listings. It waits as
 * "pending_review" beside the current one (which stays in the store) until the
 * office approves or rejects it.
 */
export const submitCertificationWorkflow = createWorkflow(
  submitCertificationWorkflowId,
  (input: WorkflowData<SubmitCertificationInput>) => {
    validateProducerProductsStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_ids: [input.product_id],
      }))
    )
    const certification = transform({ input }, ({ input }) => ({
      ...withCertificationDefaults(input.certification, new Date()),
      status: "pending_review" as const,
      evaluation_type: input.certification.evaluation_type ?? "new",
    }))
    validateSubmittedCertificatesStep(
      transform({ certification }, ({ certification }) => ({
        certifications: [certification],
        today: new Date().toISOString(),
      }))
    )
    validateCertificationsStep(
      transform({ input, certification }, ({ input, certification }) => [
        { ...certification, product_id: input.product_id },
      ])
    )
    const created = createProductCertification(input, certification, {
      name: "ocop.certification.submitted",
      data: (input) => ({ producer_id: input.producer_id }),
    })
    return new WorkflowResponse(created)
  }
)

import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { withCertificationDefaults } from "../../modules/certification/rules/certification-defaults"
import { createProductCertification } from "./create-product-certification"
import { supersedeCurrentCertificationsStep } from "./steps/supersede-current-certifications"
import { validateCertificationsStep } from "./steps/validate-certifications"
import type { CertificationInput } from "../common/types"

export type AttachCertificationInput = {
  product_id: string
  certification: CertificationInput
}

export const attachCertificationWorkflowId = "ocop-attach-certification"
/**
 * Gives a product a new current certification: the rules are checked, the previous
 * current one becomes superseded, and the new one is linked to the product.
 */
export const attachCertificationWorkflow = createWorkflow(
  attachCertificationWorkflowId,
  (input: WorkflowData<AttachCertificationInput>) => {
    const certification = transform({ input }, ({ input }) =>
      withCertificationDefaults(input.certification, new Date())
    )
    validateCertificationsStep(
      transform({ input, certification }, ({ input, certification }) => [
        { ...certification, product_id: input.product_id },
      ])
    )
    supersedeCurrentCertificationsStep(
      transform({ input }, ({ input }) => [input.product_id])
    )
    const created = createProductCertification(input, certification, {
      name: "ocop.certification.attached",
    })
    return new WorkflowResponse(created)
  }
)

import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { withCertificationDefaults } from "../../modules/certification/rules/certification-defaults"
import { createCertificationsStep } from "./steps/create-certifications"
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
    const certifications = createCertificationsStep(
      transform({ certification }, ({ certification }) => [certification])
    )
    createRemoteLinkStep(
      transform({ input, certifications }, ({ input, certifications }) =>
        certifications.map((c) => ({
          [Modules.PRODUCT]: { product_id: input.product_id },
          [CERTIFICATION_MODULE]: { certification_id: c.id },
        }))
      )
    )
    emitEventStep({
      eventName: "ocop.certification.attached",
      data: transform(
        { input, certifications },
        ({ input, certifications }) => ({
          id: certifications[0].id,
          product_id: input.product_id,
        })
      ),
    })
    return new WorkflowResponse(certifications[0])
  }
)

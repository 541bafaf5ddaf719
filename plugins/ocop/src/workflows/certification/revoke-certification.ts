import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateCertificationsStep } from "./steps/update-certifications"

export type RevokeCertificationInput = { id: string; reason: string }

const ensureRevocableStep = createStep(
  "ocop-ensure-certification-revocable",
  async (certification: { id: string; status: string }) => {
    if (
      certification.status === "revoked" ||
      certification.status === "superseded"
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: certification ${certification.id} is ${certification.status} and cannot be revoked`
      )
    }
    return new StepResponse(undefined)
  }
)

export const revokeCertificationWorkflowId = "ocop-revoke-certification"
/** Withdraws a product's OCOP recognition (status revoked, with the reason). */
export const revokeCertificationWorkflow = createWorkflow(
  revokeCertificationWorkflowId,
  (input: WorkflowData<RevokeCertificationInput>) => {
    const { data: existing } = useQueryGraphStep({
      entity: "certification",
      fields: ["id", "status"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    ensureRevocableStep(transform({ existing }, ({ existing }) => existing[0]))
    const updated = updateCertificationsStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "revoked" as const,
          status_reason: input.reason,
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.certification.revoked",
      data: transform({ input }, ({ input }) => ({
        id: input.id,
        reason: input.reason,
      })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)

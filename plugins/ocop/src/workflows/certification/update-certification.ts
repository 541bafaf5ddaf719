import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { defaultValidUntil } from "../../modules/certification/rules/validity"
import { updateCertificationsStep } from "./steps/update-certifications"
import { validateCertificationsStep } from "./steps/validate-certifications"
import type { CertificationInput } from "../common/types"

export type UpdateCertificationInput = {
  id: string
  update: Partial<Omit<CertificationInput, "status">>
}

export const updateCertificationWorkflowId = "ocop-update-certification"
/** Corrects a certification's recorded data; the rules are checked on the merged result. */
export const updateCertificationWorkflow = createWorkflow(
  updateCertificationWorkflowId,
  (input: WorkflowData<UpdateCertificationInput>) => {
    const { data: existing } = useQueryGraphStep({
      entity: "certification",
      fields: ["*"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ input, existing }, ({ input, existing }) => {
      const current = existing[0]
      const update: Record<string, unknown> = { ...input.update }
      // A new start date without an explicit end moves the 36-month end with it.
      if (input.update.valid_from && input.update.valid_until === undefined) {
        update.valid_until = defaultValidUntil(input.update.valid_from)
      }
      return { id: current.id, ...update }
    })
    validateCertificationsStep(
      transform({ existing, update }, ({ existing, update }) => [
        { ...existing[0], ...update } as any,
      ])
    )
    const updated = updateCertificationsStep(
      transform({ update }, ({ update }) => [update])
    )
    emitEventStep({
      eventName: "ocop.certification.updated",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)

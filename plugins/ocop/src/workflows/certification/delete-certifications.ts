import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { deleteCertificationsStep } from "./steps/delete-certifications"

export const deleteCertificationsWorkflowId = "ocop-delete-certifications"
/** Deletes certifications recorded by mistake (a revocation is the way to withdraw a real one). */
export const deleteCertificationsWorkflow = createWorkflow(
  deleteCertificationsWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => {
    useQueryGraphStep({
      entity: "certification",
      fields: ["id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    const deleted = deleteCertificationsStep(input.ids)
    emitEventStep({
      eventName: "ocop.certification.deleted",
      data: transform({ input }, ({ input }) =>
        input.ids.map((id) => ({ id }))
      ),
    })
    return new WorkflowResponse(deleted)
  }
)

import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  updateProducersStep,
  type UpdateProducersStepInput,
} from "./steps/update-producers"
import { validateProducersStep } from "./steps/validate-producers"

export const updateProducersWorkflowId = "ocop-update-producers"
/** Updates producers after checking their commune and handle. */
export const updateProducersWorkflow = createWorkflow(
  updateProducersWorkflowId,
  (input: WorkflowData<{ producers: UpdateProducersStepInput }>) => {
    validateProducersStep(input.producers)
    const updated = updateProducersStep(input.producers)
    emitEventStep({
      eventName: "ocop.producer.updated",
      data: transform({ updated }, ({ updated }) =>
        updated.map((p) => ({ id: p.id }))
      ),
    })
    return new WorkflowResponse(updated)
  }
)

import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { asciiHandle } from "../../modules/producer/rules/handle"
import { createProducerLocationsWorkflow } from "./create-producer-locations"
import { createProducersStep } from "./steps/create-producers"
import { validateProducersStep } from "./steps/validate-producers"
import type { ProducerInput } from "../common/types"

export const createProducersWorkflowId = "ocop-create-producers"
/** Creates producers after checking their commune and handle, each with its stock location. */
export const createProducersWorkflow = createWorkflow(
  createProducersWorkflowId,
  (input: WorkflowData<{ producers: ProducerInput[] }>) => {
    const producers = transform({ input }, ({ input }) =>
      input.producers.map((p) => ({
        ...p,
        handle: p.handle ?? asciiHandle(p.name),
      }))
    )
    validateProducersStep(producers)
    const created = createProducersStep(producers)
    // Each producer ships from its own premises: its stock location and delivery.
    createProducerLocationsWorkflow.runAsStep({
      input: transform({ created }, ({ created }) => ({ producers: created })),
    })
    emitEventStep({
      eventName: "ocop.producer.created",
      data: transform({ created }, ({ created }) =>
        created.map((p) => ({ id: p.id }))
      ),
    })
    return new WorkflowResponse(created)
  }
)

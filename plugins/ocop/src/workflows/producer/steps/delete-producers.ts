import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const deleteProducersStepId = "ocop-delete-producers"
/** Soft-deletes producers; compensation restores them. */
export const deleteProducersStep = createStep(
  deleteProducersStepId,
  async (ids: string[], { container }) => {
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .softDeleteProducers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .restoreProducers(ids)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const deleteProducersStepId = "ocop-delete-producers"
/** Soft-deletes producers; compensation restores them. */
export const deleteProducersStep = createStep(
  deleteProducersStepId,
  async (ids: string[], { container }) => {
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .softDeleteProducers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .restoreProducers(ids)
  }
)

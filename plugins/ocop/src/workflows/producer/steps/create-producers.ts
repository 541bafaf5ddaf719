import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ProducerInput } from "../../common/types"

export const createProducersStepId = "ocop-create-producers"
/** Creates producers; compensation deletes them. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: (ProducerInput & { handle: string })[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createProducers(input as any[])
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .deleteProducers(createdIds)
  }
)

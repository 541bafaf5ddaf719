import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerInput } from "../../common/types"

export const createProducersStepId = "ocop-create-producers"
/** Creates producers; compensation deletes them. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: (ProducerInput & { handle: string })[], { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const created = await ocop.createProducers(input as any[])
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .deleteProducers(createdIds)
  }
)

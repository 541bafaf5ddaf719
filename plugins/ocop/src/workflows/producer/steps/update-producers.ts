import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerInput } from "../../common/types"

export type UpdateProducersStepInput = ({
  id: string
} & Partial<ProducerInput>)[]

export const updateProducersStepId = "ocop-update-producers"
/** Updates producers; compensation writes back the previous values of the changed fields. */
export const updateProducersStep = createStep(
  updateProducersStepId,
  async (input: UpdateProducersStepInput, { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const fields = [...new Set(input.flatMap((u) => Object.keys(u)))]
    const previous = await ocop.listProducers(
      { id: input.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await ocop.updateProducers(input as any[])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .updateProducers(previous as any[])
  }
)

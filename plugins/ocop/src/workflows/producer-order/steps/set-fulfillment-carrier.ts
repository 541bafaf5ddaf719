import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetFulfillmentCarrierInput = {
  fulfillment_id: string
  carrier: string
  // The parcel's metadata before, kept whole so that compensation restores it.
  metadata: Record<string, unknown>
}

export const setFulfillmentCarrierStepId = "ocop-set-fulfillment-carrier"
/**
 * Records the carrier's name on the fulfilment (Medusa's labels hold only the
 * tracking number and links); compensation puts the previous metadata back.
 */
export const setFulfillmentCarrierStep = createStep(
  setFulfillmentCarrierStepId,
  async (input: SetFulfillmentCarrierInput, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    await fulfillment.updateFulfillment(input.fulfillment_id, {
      metadata: { ...input.metadata, carrier: input.carrier },
    })
    return new StepResponse(undefined, {
      id: input.fulfillment_id,
      metadata: input.metadata,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    // The module merges metadata into what is stored: a key absent before is cleared.
    await container.resolve(Modules.FULFILLMENT).updateFulfillment(undo.id, {
      metadata: { ...undo.metadata, carrier: undo.metadata.carrier ?? null },
    })
  }
)

import { ChangeActionType, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterCounterHandOverInput = {
  order_id: string
  fulfillment_id: string
  created_by?: string
  items: { id: string; quantity: number }[]
}

export const registerCounterHandOverStepId = "ocop-register-counter-hand-over"
/**
 * Records on the order that every line was fulfilled and delivered by one
 * fulfillment, in one order change: core's registerFulfillment and registerDelivery
 * make two, each re-reading and re-versioning the whole order. Compensation reverts
 * the order to the version before the change.
 */
export const registerCounterHandOverStep = createStep(
  registerCounterHandOverStepId,
  async (input: RegisterCounterHandOverInput, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const actions = [
      ChangeActionType.FULFILL_ITEM,
      ChangeActionType.DELIVER_ITEM,
    ].flatMap((action) =>
      input.items.map((item) => ({
        action,
        reference: Modules.FULFILLMENT,
        reference_id: input.fulfillment_id,
        details: { reference_id: item.id, quantity: item.quantity },
      }))
    )
    const change = await orders.createOrderChange({
      order_id: input.order_id,
      created_by: input.created_by,
      actions,
    })
    try {
      await orders.confirmOrderChange(change.id)
    } catch (e) {
      // Not applied: the order keeps its version, only the pending change goes.
      await orders.cancelOrderChange(change.id)
      throw e
    }
    return new StepResponse(void 0, input.order_id)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    await container.resolve(Modules.ORDER).revertLastVersion(orderId)
  }
)

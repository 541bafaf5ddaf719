import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOrderLinesOf } from "./producer-order-lines"

export type ValidateProducerShipmentInput = {
  producer_id: string
  order_id: string
  fulfillment_id: string
}

export const validateProducerShipmentStepId = "ocop-validate-producer-shipment"
/**
 * The parcel must be one of this order's, hold only the producer's lines, be
 * packed and not yet handed over: anyone else's parcel is a 404, a parcel already
 * with the carrier or cancelled a 400. Returns its items for the shipment.
 */
export const validateProducerShipmentStep = createStep(
  validateProducerShipmentStepId,
  async (input: ValidateProducerShipmentInput, { container }) => {
    const { order, lines } = await producerOrderLinesOf(
      container,
      input.order_id,
      input.producer_id
    )
    const own = new Set(lines.map((l) => l.id))
    const fulfillment = (order.fulfillments ?? []).find(
      (f: any) => f?.id === input.fulfillment_id
    )
    const items = (fulfillment?.items ?? []) as {
      line_item_id: string
      quantity: number
    }[]
    if (!fulfillment || !items.length || !items.every((i) => own.has(i.line_item_id))) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Fulfillment with id "${input.fulfillment_id}" was not found`
      )
    }
    if (fulfillment.canceled_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "fulfillment_id: this parcel was cancelled"
      )
    }
    if (fulfillment.shipped_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "fulfillment_id: this parcel is already with the carrier"
      )
    }
    // One fulfilment item per line here: the producer's goods are not kits.
    const shipped = new Map<string, number>()
    for (const i of items) {
      shipped.set(i.line_item_id, Number(i.quantity))
    }
    return new StepResponse({
      metadata: (fulfillment.metadata ?? {}) as Record<string, unknown>,
      items: [...shipped].map(([id, quantity]) => ({ id, quantity })),
    })
  }
)

import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOrderLinesOf } from "./producer-order-lines"

export type PlanProducerPackingInput = {
  producer_id: string
  order_id: string
  // Pack only these of the producer's lines; all its unpacked lines when absent.
  line_ids?: string[]
}

export type ProducerPackingPlan = {
  order_id: string
  location_id: string
  shipping_option_id: string
  items: { id: string; quantity: number }[]
  metadata: { ocop_producer_id: string }
}

export const planProducerPackingStepId = "ocop-plan-producer-packing"
/**
 * Decides what one parcel holds: the producer's unpacked lines, at the stock
 * location where they are reserved (a producer may keep goods at its own place
 * and at a warehouse: one parcel per location, the first location first), shipped
 * by the order's delivery method that serves that location. Read-only; throws
 * 404 for someone else's order or line and 400 when nothing is left to pack.
 */
export const planProducerPackingStep = createStep(
  planProducerPackingStepId,
  async (input: PlanProducerPackingInput, { container }) => {
    const { order, lines } = await producerOrderLinesOf(
      container,
      input.order_id,
      input.producer_id
    )
    const own = new Map(lines.map((l) => [l.id, l]))
    for (const id of input.line_ids ?? []) {
      if (!own.has(id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `line_ids: line "${id}" was not found in this order`
        )
      }
    }
    if (order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "order: this order was canceled; there is nothing to pack"
      )
    }
    if ((order.shipping_address?.metadata as any)?.pickup) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "order: the buyer collects this order at a sales point; the point hands it over"
      )
    }
    const chosen = (input.line_ids?.length
      ? input.line_ids.map((id) => own.get(id)!)
      : lines
    ).filter((l) => l.requires_shipping && l.quantity > l.fulfilled_quantity)
    if (!chosen.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "line_ids: every line of yours in this order is already packed"
      )
    }
    const reservations = await container
      .resolve(Modules.INVENTORY)
      .listReservationItems(
        { line_item_id: chosen.map((l) => l.id) },
        { select: ["line_item_id", "location_id"] }
      )
    const locationOf = new Map(
      reservations.map((r: any) => [r.line_item_id, r.location_id as string])
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const optionIds = (order.shipping_methods ?? [])
      .map((m: any) => m?.shipping_option_id)
      .filter(Boolean)
    const [{ data: options }, { data: producers }] = await Promise.all([
      optionIds.length
        ? query.graph({
            entity: "shipping_option",
            fields: [
              "id",
              "shipping_profile_id",
              "service_zone.fulfillment_set.location.id",
            ],
            filters: { id: optionIds },
          })
        : Promise.resolve({ data: [] as any[] }),
      query.graph({
        entity: "producer",
        fields: ["shipping_profile.id"],
        filters: { id: input.producer_id },
      }),
    ])
    // The producer's own shipment (its profile's method, decision 402) comes first: two
    // producers' parcels may leave from one place, each with its own method and fee.
    const ownProfile = (producers[0] as any)?.shipping_profile?.id
    const mine = (o: any) => ownProfile && o.shipping_profile_id === ownProfile
    const optionLocation = (o: any) =>
      o?.service_zone?.fulfillment_set?.location?.id as string | undefined
    // Lines without a reservation (stock not managed) go with the first parcel.
    const location_id =
      chosen.map((l) => locationOf.get(l.id)).find(Boolean) ??
      optionLocation(options[0])
    const option =
      options.find((o: any) => mine(o) && optionLocation(o) === location_id) ??
      options.find((o: any) => optionLocation(o) === location_id) ??
      options.find(mine) ??
      options[0]
    if (!location_id || !option) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "order: this order has no delivery method to ship it with"
      )
    }
    const plan: ProducerPackingPlan = {
      order_id: order.id,
      location_id,
      shipping_option_id: option.id,
      items: chosen
        .filter((l) => (locationOf.get(l.id) ?? location_id) === location_id)
        .map((l) => ({ id: l.id, quantity: l.quantity - l.fulfilled_quantity })),
      metadata: { ocop_producer_id: input.producer_id },
    }
    return new StepResponse(plan)
  }
)

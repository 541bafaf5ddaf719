import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createLocationShippingWorkflow } from "../common/create-location-shipping"
import { ensureProducerShippingWorkflow } from "../producer/ensure-producer-shipping"
import { resolvePickupDefaultsStep } from "./steps/resolve-pickup-defaults"

/** A sales point as its pickup option needs it. */
export type SalesPointPickupInput = {
  handle: string
  name: string
  stock_location_id: string
}
export type CreateSalesPointPickupsInput = { points: SalesPointPickupInput[] }

/** Fulfillment sets of this type are pickups (the storefront reads it, contract 1). */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"

export const createSalesPointPickupsWorkflowId =
  "ocop-create-sales-point-pickups"
/**
 * Click & collect for sales points: per point a `pickup` fulfillment set on its stock
 * location (service zone Vietnam) and one free shipping option "Nhận tại <point>",
 * the location linked to the manual provider and to the online channel so online
 * carts can list the option and reserve there. Every producer's shipping profile gets
 * a copy of the option, so its goods can be collected there too. Every part compensates.
 */
export const createSalesPointPickupsWorkflow = createWorkflow(
  createSalesPointPickupsWorkflowId,
  (input: WorkflowData<CreateSalesPointPickupsInput>) => {
    const defaults = resolvePickupDefaultsStep()
    const options = createLocationShippingWorkflow.runAsStep({
      input: transform({ input, defaults }, ({ input, defaults }) => ({
        online_channel_id: defaults.online_channel_id,
        locations: input.points.map((p) => ({
          stock_location_id: p.stock_location_id,
          // Set and zone names are unique in the Fulfillment Module: the handle is.
          set_name: `pickup:${p.handle}`,
          set_type: PICKUP_FULFILLMENT_SET_TYPE,
          option_name: `Nhận tại ${p.name}`,
          option_type: {
            code: PICKUP_FULFILLMENT_SET_TYPE,
            label: "Nhận tại điểm bán",
            description: "Nhận hàng tại điểm bán OCOP, không mất phí giao",
          },
          amount: 0,
          shipping_profile_id: defaults.shipping_profile_id!,
        })),
      })),
    })
    ensureProducerShippingWorkflow.runAsStep({ input: {} })
    return new WorkflowResponse(options)
  }
)

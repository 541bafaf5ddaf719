import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../modules/parcel-tracking"

/** Statuses that mean the carrier has the parcel: the fulfilment is shipped. */
const CARRIER_HAS_IT = new Set([
  "picked_up",
  "in_transit",
  "delivery_failed",
  "delivered",
  "returning",
  "returned",
])

export type ParcelProgress = {
  order_id: string
  fulfillment_id: string
  ship: boolean
  deliver: boolean
  items: { id: string; quantity: number }[]
  labels: { tracking_number: string; tracking_url: string; label_url: string }[]
}

export const resolveParcelProgressStepId = "ocop-resolve-parcel-progress"
/**
 * What the parcel's recorded reports, in any order of arrival, still require of
 * its fulfilment: shipping once the carrier has it, delivery once delivered. A
 * later report never moves it back; what is already done is not done again.
 */
export const resolveParcelProgressStep = createStep(
  resolveParcelProgressStepId,
  async (
    input: { fulfillment_id: string; order_id: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const tracking = container.resolve<ParcelTrackingModuleService>(
      PARCEL_TRACKING_MODULE
    )
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: [
        "id",
        "shipped_at",
        "delivered_at",
        "canceled_at",
        "items.line_item_id",
        "items.quantity",
        "labels.tracking_number",
        "labels.tracking_url",
        "labels.label_url",
      ],
      filters: { id: input.fulfillment_id },
    })
    const fulfillment = data[0] as any
    const events = await tracking.listParcelEvents(
      { fulfillment_id: input.fulfillment_id },
      { select: ["status"] }
    )
    const statuses = new Set(events.map((e) => e.status))
    const live = fulfillment && !fulfillment.canceled_at
    const progress: ParcelProgress = {
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      ship: Boolean(
        live &&
        !fulfillment.shipped_at &&
        [...statuses].some((s) => CARRIER_HAS_IT.has(s))
      ),
      deliver: Boolean(
        live && !fulfillment.delivered_at && statuses.has("delivered")
      ),
      items: (fulfillment?.items ?? []).map((i: any) => ({
        id: i.line_item_id,
        quantity: Number(i.quantity),
      })),
      labels: (fulfillment?.labels ?? []).map((l: any) => ({
        tracking_number: l.tracking_number,
        tracking_url: l.tracking_url ?? "",
        label_url: l.label_url ?? "",
      })),
    }
    return new StepResponse(progress)
  }
)

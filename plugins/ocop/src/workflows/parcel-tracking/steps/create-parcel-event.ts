import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../modules/parcel-tracking"
import type { ParcelStatus } from "../../../providers/carriers/statuses"

export type ParcelEventInput = {
  carrier: "ghn" | "ghtk"
  fulfillment_id: string
  order_id: string
  tracking_code: string
  status: ParcelStatus
  carrier_status: string
  occurred_at: Date
  reason: string | null
  event_key: string
}

export const createParcelEventStepId = "ocop-create-parcel-event"
/**
 * Records a carrier's report once: a report already recorded (same event key, a
 * replay) creates nothing and has nothing to undo. Compensation deletes the new
 * event, so a carrier retrying after a failed transition is processed again.
 */
export const createParcelEventStep = createStep(
  createParcelEventStepId,
  async (input: ParcelEventInput, { container }) => {
    const tracking = container.resolve<ParcelTrackingModuleService>(
      PARCEL_TRACKING_MODULE
    )
    const [seen] = await tracking.listParcelEvents(
      { event_key: input.event_key },
      { select: ["id"] }
    )
    if (seen) return new StepResponse({ created: false }, [] as string[])
    const created = await tracking.createParcelEvents(input)
    return new StepResponse({ created: true }, [created.id])
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<ParcelTrackingModuleService>(PARCEL_TRACKING_MODULE)
      .deleteParcelEvents(createdIds)
  }
)

import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import type { ParcelStatus } from "../../../providers/carriers/statuses"
import { trackParcelWorkflow } from "../../../workflows/parcel-tracking/track-parcel"

export type CarrierReport = {
  carrier: "ghn" | "ghtk"
  /** Our fulfilment id, which we sent as the carrier's client order code. */
  fulfillment_id: string
  /** The carrier's code for the parcel; must be the one the fulfilment holds. */
  tracking_code: string
  status: ParcelStatus
  carrier_status: string
  occurred_at: Date
  reason: string | null
}

const PROVIDER = { ghn: "ghn_ghn", ghtk: "ghtk_ghtk" } as const
const CODE_FIELD = { ghn: "order_code", ghtk: "label" } as const

/**
 * Applies one report to its parcel: only a fulfilment of that carrier holding that
 * code (404 otherwise); one report at a time per parcel, so two deliveries of the
 * same report cannot both ship or deliver it.
 */
export async function trackCarrierReport(
  container: MedusaContainer,
  report: CarrierReport
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "provider_id", "data", "order.id"],
    filters: { id: report.fulfillment_id },
  })
  const fulfillment = data[0] as any
  if (
    !fulfillment ||
    fulfillment.provider_id !== PROVIDER[report.carrier] ||
    fulfillment.data?.[CODE_FIELD[report.carrier]] !== report.tracking_code ||
    !fulfillment.order?.id
  )
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${report.carrier.toUpperCase()} parcel ${report.tracking_code} is not a parcel of this shop`
    )
  const event_key = createHash("sha256")
    .update(
      [
        report.carrier,
        report.tracking_code,
        report.carrier_status,
        report.occurred_at.toISOString(),
      ].join("|")
    )
    .digest("hex")
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(`ocop-parcel:${fulfillment.id}`, async () => {
    const { result } = await trackParcelWorkflow(container).run({
      input: { ...report, order_id: fulfillment.order.id, event_key },
    })
    return result
  })
}

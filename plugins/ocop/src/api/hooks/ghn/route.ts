import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ghnParcelStatus } from "../../../providers/ghn/statuses"
import { trackCarrierReport } from "../carriers/track"
import type { HookGhnStatusType } from "./validators"

/** GHN's status callback: the parcel's fulfilment follows (docs/carriers.md). */
export const POST = async (
  req: MedusaRequest<HookGhnStatusType>,
  res: MedusaResponse
) => {
  const body = req.validatedBody
  const status = ghnParcelStatus(body.Status)
  // A status GHN adds later is acknowledged, not retried forever.
  if (!status) return void res.json({ recorded: false, ignored: body.Status })
  const result = await trackCarrierReport(req.scope, {
    carrier: "ghn",
    fulfillment_id: body.ClientOrderCode,
    tracking_code: body.OrderCode,
    status,
    carrier_status: body.Status,
    occurred_at: new Date(body.Time),
    reason: body.Reason || body.Description || null,
  })
  res.json(result)
}

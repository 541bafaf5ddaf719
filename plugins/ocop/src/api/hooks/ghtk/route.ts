import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ghtkParcelStatus } from "../../../providers/ghtk/statuses"
import { trackCarrierReport } from "../carriers/track"
import type { HookGhtkStatusType } from "./validators"

/** GHTK's status callback: the parcel's fulfilment follows (docs/carriers.md). */
export const POST = async (
  req: MedusaRequest<HookGhtkStatusType>,
  res: MedusaResponse
) => {
  const body = req.validatedBody
  const status = ghtkParcelStatus(body.status_id)
  if (!status)
    return void res.json({ recorded: false, ignored: body.status_id })
  const result = await trackCarrierReport(req.scope, {
    carrier: "ghtk",
    fulfillment_id: body.partner_id,
    tracking_code: body.label_id,
    status,
    carrier_status: String(body.status_id),
    occurred_at: new Date(body.action_time),
    reason: body.reason || null,
  })
  res.json(result)
}

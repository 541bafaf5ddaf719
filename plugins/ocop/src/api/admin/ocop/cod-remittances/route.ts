import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../../modules/parcel-tracking"
import type { AdminGetCodRemittancesParamsType } from "./validators"

/** COD statement lines, newest first; by default the mismatches (short, over, unknown, paid twice). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCodRemittancesParamsType>,
  res: MedusaResponse
) => {
  const { carrier, outcome, limit, offset } = req.validatedQuery
  const tracking = req.scope.resolve<ParcelTrackingModuleService>(PARCEL_TRACKING_MODULE)
  const [remittances, count] = await tracking.listAndCountCodRemittances(
    { outcome, ...(carrier ? { carrier } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ remittances, count, limit, offset })
}

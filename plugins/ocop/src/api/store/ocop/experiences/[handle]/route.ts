import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vietnamToday } from "../../../../../modules/certification/rules/validity"
import { experienceByHandle } from "../../../../../workflows/experience/steps/experience-dates-of"
import { translateResponse } from "../../../translate-response"
import { experienceView } from "../experience-view"

export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const listing = await experienceByHandle(req.scope, req.params.handle)
  if (!listing) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `handle: no experience is listed as ${req.params.handle}`
    )
  }
  await translateResponse(req, [listing])
  const [experience] = await experienceView(
    req.scope,
    [listing],
    vietnamToday()
  )
  res.json({ experience })
}

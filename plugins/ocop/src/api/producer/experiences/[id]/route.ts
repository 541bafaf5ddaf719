import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { vietnamToday } from "../../../../modules/certification/rules/validity"
import { currentProducerId } from "../../helpers"
import { hostExperiences } from "../host-experiences"

/** One of the host's experiences with every upcoming date's bookings and contacts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const [experience] = await hostExperiences(
    req.scope,
    producerId,
    vietnamToday(),
    req.params.id
  )
  res.json({ experience })
}

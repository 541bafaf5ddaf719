import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isCalendarDate } from "../../../../../../../modules/experience/rules/experience-dates"
import { vietnamToday } from "../../../../../../../modules/certification/rules/validity"
import { cancelExperienceDateWorkflow } from "../../../../../../../workflows/experience/cancel-experience-date"
import { currentProducerId } from "../../../../../helpers"
import type { ProducerCancelExperienceDateType } from "../../../../validators"

/** The host cancels one date of an experience, with a reason the visitors receive. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCancelExperienceDateType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  if (!isCalendarDate(req.params.date)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `date: ${req.params.date} is not a calendar date (YYYY-MM-DD)`
    )
  }
  const { result } = await cancelExperienceDateWorkflow(req.scope).run({
    input: {
      experience_id: req.params.id,
      date: req.params.date,
      reason: req.validatedBody.reason,
      producer_id: producerId,
      today: vietnamToday(),
    },
  })
  res.json({ cancellation: result })
}

import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { vietnamToday } from "../../../../../../modules/certification/rules/validity"
import { bookExperienceWorkflow } from "../../../../../../workflows/experience/book-experience"
import type { StoreBookOcopExperienceType } from "../../validators"

export const POST = async (
  req: MedusaStoreRequest<StoreBookOcopExperienceType>,
  res: MedusaResponse
) => {
  const { result } = await bookExperienceWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      handle: req.params.handle,
      today: vietnamToday(),
    },
  })
  res.json({ booking: result })
}

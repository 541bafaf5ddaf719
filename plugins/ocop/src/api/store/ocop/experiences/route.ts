import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { vietnamToday } from "../../../../modules/certification/rules/validity"
import { experienceListings } from "../../../../workflows/experience/steps/experience-dates-of"
import { translateResponse } from "../../translate-response"
import { experienceView } from "./experience-view"
import type { StoreGetOcopExperiencesParamsType } from "./validators"

export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetOcopExperiencesParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset } =
    req.validatedQuery as StoreGetOcopExperiencesParamsType
  const listings = (await experienceListings(req.scope))
    .filter((l) => l.product.status === "published")
    .sort((a, b) => a.product.title.localeCompare(b.product.title, "vi"))
  const page = listings.slice(offset, offset + limit)
  await translateResponse(req, page)
  const experiences = (
    await experienceView(req.scope, page, vietnamToday())
  ).map(({ dates, ...rest }) => ({ ...rest, dates_bookable: dates.length }))
  res.json({ experiences, count: listings.length, limit, offset })
}

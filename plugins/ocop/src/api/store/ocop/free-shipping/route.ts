import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OcopFreeShipping } from "../../../../types/store"
import { freeShippingThreshold } from "./free-shipping-threshold"

/**
 * From how much of goods delivery is free, read from the automatic promotions the
 * office manages in Medusa Admin; the cart says "Mua thêm … để được miễn phí vận
 * chuyển". Medusa's promotion engine applies the discount itself; this only reads it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "promotion",
    fields: [
      "code",
      "status",
      "is_automatic",
      "application_method.type",
      "application_method.target_type",
      "application_method.value",
      "rules.attribute",
      "rules.operator",
      "rules.values.value",
      "campaign.starts_at",
      "campaign.ends_at",
    ],
    filters: { status: "active", is_automatic: true },
  })
  const found = freeShippingThreshold(data as any[], new Date())
  const body: OcopFreeShipping = { threshold_vnd: found?.threshold_vnd ?? null }
  // The same for everyone and changed rarely: shared caches may keep it a minute.
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json(body)
}

import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  experienceGroupViolation,
  isChildLine,
} from "../../../modules/experience/rules/experience-group"

/**
 * Refuses a cart whose lines of an experience date no longer make a group the booking
 * would accept. Core's store routes change lines one by one (delete the adults' line,
 * raise the children's), so the group rule is asked again of the whole cart when it
 * completes, with the booking route's own rule.
 */
export async function refuseExperienceGroupViolations(
  container: MedusaContainer,
  cartId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.is_custom_price",
    ],
    filters: { id: cartId },
  })
  const items = ((carts[0] as any)?.items ?? []).filter((i: any) => i.variant_id)
  if (!items.length) return
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "metadata",
      "product.experience.capacity_per_date",
      "product.experience.child_price",
    ],
    filters: { id: [...new Set(items.map((i: any) => i.variant_id as string))] },
  })
  const quantity = (i: any) => MathBN.convert(i.quantity ?? 0).toNumber()
  for (const variant of variants as any[]) {
    const experience = variant.product?.experience
    if (!experience || !variant.metadata?.ocop_experience_date) continue
    const lines = items.filter((i: any) => i.variant_id === variant.id)
    const violation = experienceGroupViolation(
      {
        guests: lines.reduce((n: number, i: any) => n + quantity(i), 0),
        children: lines
          .filter(isChildLine)
          .reduce((n: number, i: any) => n + quantity(i), 0),
      },
      {
        capacity_per_date: Number(experience.capacity_per_date),
        child_price:
          experience.child_price == null ? null : Number(experience.child_price),
      }
    )
    if (violation) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${violation.message} (${variant.metadata.ocop_experience_date})`
      )
    }
  }
}

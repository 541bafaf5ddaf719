import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  isOfferedDate,
  scheduleOf,
} from "../../../modules/experience/rules/experience-dates"
import { vietnamToday } from "../../../modules/certification/rules/validity"

// Core's POST /store/carts/:id/line-items takes any variant; an experience date that
// has begun or that the host has since closed must not be bookable that way either.

/** Refuses experience date variants whose date has begun or is no longer offered. */
export async function refuseUnbookableExperienceDates(
  container: MedusaContainer,
  variantIds: string[]
) {
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "metadata",
      "product.experience.weekdays",
      "product.experience.closed_dates",
      "product.experience.extra_dates",
    ],
    filters: { id: variantIds },
  })
  const today = vietnamToday()
  for (const variant of data as any[]) {
    const date = variant.metadata?.ocop_experience_date
    const experience = variant.product?.experience
    if (!date || !experience) continue
    if (date <= today || !isOfferedDate(scheduleOf(experience), date)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `date: ${date} can no longer be booked for this experience`
      )
    }
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await refuseUnbookableExperienceDates(
    container,
    (input.items ?? [])
      .map((i) => i.variant_id)
      .filter((id): id is string => !!id)
  )
})

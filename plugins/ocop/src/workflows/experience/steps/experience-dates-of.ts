import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ExperienceDateSlot = {
  date: string
  variant_id: string
  inventory_item_id: string | null
  // Seats Medusa's inventory still has for the date: stocked minus reserved.
  seats_left: number
}

export type ExperienceListing = {
  experience: Record<string, any>
  product: Record<string, any>
  dates: ExperienceDateSlot[]
}

export const EXPERIENCE_DATE_OPTION = "Ngày"

const FIELDS = [
  "*",
  "product.id",
  "product.handle",
  "product.title",
  "product.subtitle",
  "product.description",
  "product.thumbnail",
  "product.status",
  "product.producer.handle",
  "product.producer.name",
  "product.certifications.stars",
  "product.certifications.status",
  "product.certifications.decision_number",
  "product.certifications.issuing_body",
  "product.certifications.valid_until",
  "product.options.id",
  "product.options.title",
  "product.options.values.value",
  "product.variants.id",
  "product.variants.sku",
  "product.variants.metadata",
  "product.variants.prices.amount",
  "product.variants.prices.currency_code",
  "product.variants.inventory_items.inventory_item_id",
  "product.variants.inventory_items.inventory.location_levels.stocked_quantity",
  "product.variants.inventory_items.inventory.location_levels.reserved_quantity",
  "product.variants.inventory_items.inventory.location_levels.location_id",
]

/**
 * Experiences with their product and one slot per date variant, seats counted from
 * Medusa's inventory levels at the experience's own stock location.
 */
export async function experienceListings(
  container: MedusaContainer,
  filters: { id?: string | string[] } = {}
): Promise<ExperienceListing[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "experience",
    fields: FIELDS,
    filters,
  })
  return (data as any[])
    .filter((e) => e.product)
    .map(({ product, ...experience }) => ({
      experience,
      product,
      dates: (product.variants ?? [])
        .filter((v: any) => v.metadata?.ocop_experience_date)
        .map((v: any) => {
          const item = v.inventory_items?.[0]
          const level = item?.inventory?.location_levels?.find(
            (l: any) => l.location_id === experience.stock_location_id
          )
          return {
            date: v.metadata.ocop_experience_date as string,
            variant_id: v.id as string,
            inventory_item_id: item?.inventory_item_id ?? null,
            seats_left: level
              ? Math.max(
                  0,
                  Number(level.stocked_quantity) -
                    Number(level.reserved_quantity)
                )
              : 0,
          }
        })
        .sort((a: ExperienceDateSlot, b: ExperienceDateSlot) =>
          a.date.localeCompare(b.date)
        ),
    }))
}

/** The published experience listed under a product handle, or null. */
export async function experienceByHandle(
  container: MedusaContainer,
  handle: string
): Promise<ExperienceListing | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "experience.id"],
    filters: { handle },
  })
  const product = data[0] as any
  if (!product?.experience || product.status !== "published") return null
  const [listing] = await experienceListings(container, {
    id: product.experience.id,
  })
  return listing ?? null
}

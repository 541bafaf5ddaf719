import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ProducerPack = {
  location_id: string
  inventory_item_id: string
  label: string
}

export const resolveProducerPackStepId = "ocop-resolve-producer-pack"
/**
 * The producer's premises and the inventory item of one of its own packs (variants).
 * Another producer's variant and an unknown one read the same: 400 on `variant_id`,
 * so the portal never learns whether someone else's id exists.
 */
export const resolveProducerPackStep = createStep(
  resolveProducerPackStepId,
  async (
    input: { producer_id: string; variant_id: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: variants }, { data: producers }] = await Promise.all([
      query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "title",
          "manage_inventory",
          "product.title",
          "product.producer.id",
          "inventory_items.inventory_item_id",
        ],
        filters: { id: input.variant_id },
      }),
      query.graph({
        entity: "producer",
        fields: ["id", "stock_location.id"],
        filters: { id: input.producer_id },
      }),
    ])
    const variant = variants[0] as any
    const itemId = variant?.inventory_items?.[0]?.inventory_item_id
    if (
      !variant ||
      variant.product?.producer?.id !== input.producer_id ||
      !variant.manage_inventory ||
      !itemId
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant_id: no pack "${input.variant_id}" among your products`
      )
    }
    const locationId = (producers[0] as any)?.stock_location?.id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "stock_location: your premises have no stock location yet; the office must set it up"
      )
    }
    return new StepResponse<ProducerPack>({
      location_id: locationId,
      inventory_item_id: itemId,
      label: [variant.product?.title, variant.title].filter(Boolean).join(" – "),
    })
  }
)

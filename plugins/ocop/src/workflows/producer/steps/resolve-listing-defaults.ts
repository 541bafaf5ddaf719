import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findCategorySet } from "../../../modules/certification/rules/category-sets"
import { freeListingHandle } from "./free-listing-handle"

export type ListingDefaults = {
  sales_channel_id: string | null
  shipping_profile_id: string | null
  category_id: string | null
  handle: string
}

export const resolveListingDefaultsStepId = "ocop-resolve-listing-defaults"
/**
 * Where a producer's new listing goes: the store's default sales channel, the
 * producer's own shipping profile (the default one for a producer without), the product category of its OCOP criteria set (ocop-bo-XX), and
 * a unique ASCII handle from its title.
 */
export const resolveListingDefaultsStep = createStep(
  resolveListingDefaultsStepId,
  async (
    input: { category_set: string; title: string; producer_id: string },
    { container }
  ) => {
    const set = findCategorySet(input.category_set)
    if (!set) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `category_set "${input.category_set}" is not an OCOP criteria set (two digits, 01 to 26)`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [stores, profiles, producers, categories, handle] = await Promise.all([
      container
        .resolve(Modules.STORE)
        .listStores({}, { select: ["default_sales_channel_id"], take: 1 }),
      query.graph({
        entity: "shipping_profile",
        fields: ["id"],
        filters: { type: "default" },
      }),
      query.graph({
        entity: "producer",
        fields: ["shipping_profile.id"],
        filters: { id: input.producer_id },
      }),
      query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { handle: `ocop-bo-${set.code}` },
      }),
      freeListingHandle(container, input.title),
    ])
    return new StepResponse<ListingDefaults>({
      sales_channel_id: stores[0]?.default_sales_channel_id ?? null,
      shipping_profile_id:
        (producers.data[0] as any)?.shipping_profile?.id ??
        profiles.data[0]?.id ??
        null,
      category_id: categories.data[0]?.id ?? null,
      handle,
    })
  }
)

import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PickupDefaults = {
  /** The store's default sales channel: the online shop, whose carts pick up. */
  online_channel_id: string | null
  /** Null only when asked with `optional` and the shop has no profile yet. */
  shipping_profile_id: string | null
}

export const resolvePickupDefaultsStepId = "ocop-resolve-pickup-defaults"
/**
 * The online channel and the default shipping profile that pickup options use;
 * a shop with no shipping profile yet is a 400 (nothing to attach the option to),
 * unless `optional` (a producer made before the shop is set up gets its delivery later).
 */
export const resolvePickupDefaultsStep = createStep(
  resolvePickupDefaultsStepId,
  async (input: { optional?: boolean } | void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: stores }, { data: profiles }] = await Promise.all([
      query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
      query.graph({ entity: "shipping_profile", fields: ["id", "type"] }),
    ])
    const profile =
      profiles.find((p: any) => p.type === "default") ?? profiles[0]
    if (!profile && input?.optional) {
      return new StepResponse<PickupDefaults>({
        online_channel_id: stores[0]?.default_sales_channel_id ?? null,
        shipping_profile_id: null,
      })
    }
    if (!profile) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "shipping_profile: the shop has no shipping profile for pickup options"
      )
    }
    return new StepResponse<PickupDefaults>({
      online_channel_id: stores[0]?.default_sales_channel_id ?? null,
      shipping_profile_id: profile.id,
    })
  }
)

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_SHIPPING_PROFILE_TYPE } from "../create-producer-shipping-profiles"

export const planProducerProductProfilesStepId =
  "ocop-plan-producer-product-profiles"
/**
 * Products whose shipping profile is not their producer's (read only): a producer's
 * product moves to the producer's profile; a product that lost its producer leaves a
 * producer profile for the default one. Products without a producer on another
 * profile, and producers without a profile (a shop not set up), stay as they are; so
 * do products with no profile at all (experiences): Medusa makes every line of a
 * product with a profile require shipping.
 */
export const planProducerProductProfilesStep = createStep(
  planProducerProductProfilesStepId,
  async (
    input: { product_ids?: string[] | null; producer_ids?: string[] | null },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = input.producer_ids
      ? (
          await query.graph({
            entity: "producer",
            fields: ["products.id"],
            filters: { id: input.producer_ids },
          })
        ).data.flatMap((p: any) => (p.products ?? []).map((x: any) => x?.id))
      : input.product_ids
    if (productIds && !productIds.length) return new StepResponse([])
    const [{ data: products }, { data: defaults }] = await Promise.all([
      query.graph({
        entity: "product",
        fields: [
          "id",
          "shipping_profile.id",
          "shipping_profile.type",
          "producer.shipping_profile.id",
        ],
        ...(productIds ? { filters: { id: productIds } } : {}),
      }),
      query.graph({
        entity: "shipping_profile",
        fields: ["id"],
        filters: { type: "default" },
      }),
    ])
    const moves = (products as any[]).flatMap((p) => {
      if (!p.shipping_profile?.id) return []
      const target =
        p.producer?.shipping_profile?.id ??
        (p.shipping_profile?.type === PRODUCER_SHIPPING_PROFILE_TYPE
          ? (defaults[0] as any)?.id
          : undefined)
      return target && target !== p.shipping_profile?.id
        ? [{ id: p.id as string, shipping_profile_id: target as string }]
        : []
    })
    return new StepResponse(moves)
  }
)

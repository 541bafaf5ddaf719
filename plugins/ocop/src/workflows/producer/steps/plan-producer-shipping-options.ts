import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A cart lists a producer profile's options only while it holds that producer's goods. */
export const producerHoldsAttribute = (producerId: string) =>
  `ocop_holds_${producerId}`
/**
 * A cart lists the default profile's options only while it holds goods of that profile
 * to ship: a cart of producers' goods is not offered options it could not use.
 */
export const DEFAULT_PROFILE_HOLDS_ATTRIBUTE = "ocop_holds_default"
/** The rule prefix of a producer's own delivery (see create-producer-locations.ts). */
const OWN_DELIVERY_PREFIX = "ocop_ships_"

type Rule = { attribute: string; operator: "eq"; value: string }
export type ProducerShippingPlan = {
  /** Copies of the default profile's options on producer profiles. */
  create: {
    name: string
    /** Flat rates keep their prices; a carrier's calculated option, its provider data. */
    price_type: "flat" | "calculated"
    service_zone_id: string
    shipping_profile_id: string
    provider_id: string
    type: { code: string; label: string; description?: string }
    prices: { currency_code: string; amount: number }[]
    data?: Record<string, unknown>
    rules: Rule[]
    metadata: { ocop_mirror_of: string; ocop_producer_id: string }
  }[]
  /** Producers' own deliveries still on another profile (databases made before). */
  move: { id: string; shipping_profile_id: string }[]
  /** Default-profile options that still lack the `ocop_holds_default` rule. */
  restrict: ({ shipping_option_id: string } & Rule)[]
}

export const planProducerShippingOptionsStepId =
  "ocop-plan-producer-shipping-options"
/**
 * What each producer profile lacks (read only): its own delivery option, and a copy of
 * every option of the default profile (the warehouse's deliveries, each sales point's
 * pickup) with an extra rule so only carts holding the producer's goods list it.
 * Without copies, a producer's goods could not be collected at a point nor sent from
 * the warehouse: an option serves exactly one profile. Copies are found again by
 * `metadata.ocop_mirror_of`, so running it twice creates nothing twice. The default
 * profile's own options get a rule too (Medusa 2.21 lists every profile's options for
 * a cart), so a cart lists only the options of the goods it holds.
 */
export const planProducerShippingOptionsStep = createStep(
  planProducerShippingOptionsStepId,
  async (input: { producer_ids?: string[] | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: producers }, { data: profiles }, { data: options }] =
      await Promise.all([
        query.graph({
          entity: "producer",
          fields: ["id", "shipping_profile.id"],
          ...(input.producer_ids ? { filters: { id: input.producer_ids } } : {}),
        }),
        query.graph({
          entity: "shipping_profile",
          fields: ["id", "type"],
          filters: { type: "default" },
        }),
        query.graph({
          entity: "shipping_option",
          fields: [
            "id",
            "name",
            "price_type",
            "service_zone_id",
            "shipping_profile_id",
            "provider_id",
            "data",
            "metadata",
            "type.code",
            "type.label",
            "type.description",
            "rules.attribute",
            "rules.operator",
            "rules.value",
            "prices.amount",
            "prices.currency_code",
          ],
        }),
      ])
    const plan: ProducerShippingPlan = { create: [], move: [], restrict: [] }
    const defaultProfileId = (profiles[0] as any)?.id
    const rulesOf = (o: any): Rule[] =>
      (o.rules ?? []).map((r: any) => ({
        attribute: r.attribute,
        operator: r.operator,
        value: r.value,
      }))
    const originals = (options as any[]).filter(
      (o) =>
        o.shipping_profile_id === defaultProfileId &&
        (o.price_type === "flat" || o.price_type === "calculated") &&
        !rulesOf(o).some(
          (r) =>
            r.attribute.startsWith(OWN_DELIVERY_PREFIX) ||
            (r.attribute === "is_return" && r.value === "true")
        )
    )
    const holdsDefault: Rule = {
      attribute: DEFAULT_PROFILE_HOLDS_ATTRIBUTE,
      operator: "eq",
      value: "true",
    }
    for (const original of originals) {
      if (!rulesOf(original).some((r) => r.attribute === holdsDefault.attribute))
        plan.restrict.push({ shipping_option_id: original.id, ...holdsDefault })
    }
    for (const producer of producers as any[]) {
      const profileId = producer.shipping_profile?.id
      if (!profileId) continue
      for (const own of (options as any[]).filter((o) =>
        rulesOf(o).some(
          (r) => r.attribute === `${OWN_DELIVERY_PREFIX}${producer.id}`
        )
      )) {
        if (own.shipping_profile_id !== profileId)
          plan.move.push({ id: own.id, shipping_profile_id: profileId })
      }
      for (const original of originals) {
        const copied = (options as any[]).some(
          (o) =>
            o.shipping_profile_id === profileId &&
            o.metadata?.ocop_mirror_of === original.id
        )
        if (copied) continue
        const prices = new Map<string, number>()
        for (const p of original.prices ?? [])
          if (p?.currency_code && !prices.has(p.currency_code))
            prices.set(p.currency_code, Number(p.amount))
        plan.create.push({
          name: original.name,
          price_type: original.price_type,
          service_zone_id: original.service_zone_id,
          shipping_profile_id: profileId,
          provider_id: original.provider_id,
          type: {
            code: original.type.code,
            label: original.type.label,
            description: original.type.description ?? undefined,
          },
          prices:
            original.price_type === "flat"
              ? [...prices].map(([currency_code, amount]) => ({
                  currency_code,
                  amount,
                }))
              : [],
          ...(original.data ? { data: original.data } : {}),
          rules: [
            ...rulesOf(original).filter(
              (r) => r.attribute !== holdsDefault.attribute
            ),
            {
              attribute: producerHoldsAttribute(producer.id),
              operator: "eq",
              value: "true",
            },
          ],
          metadata: {
            ocop_mirror_of: original.id,
            ocop_producer_id: producer.id,
          },
        })
      }
    }
    return new StepResponse(plan)
  }
)

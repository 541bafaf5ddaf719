import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { createLocationShippingWorkflow } from "../common/create-location-shipping"
import { createProducerShippingProfilesWorkflow } from "./create-producer-shipping-profiles"
import { ensureProducerShippingWorkflow } from "./ensure-producer-shipping"
import { resolvePickupDefaultsStep } from "../sales-point/steps/resolve-pickup-defaults"
import {
  type ProducerPremises,
  resolveProducerAddressesStep,
} from "./steps/resolve-producer-addresses"

/** Fulfillment sets of this type ship to the buyer (Medusa's own delivery type). */
export const DELIVERY_FULFILLMENT_SET_TYPE = "shipping"
/** The flat fee of a producer's own delivery, in đồng (the warehouse's standard rate). */
export const PRODUCER_DELIVERY_AMOUNT = 30000
/**
 * A producer's delivery option carries a rule on this attribute (suffixed with the
 * producer id): only carts holding that producer's goods list it (the cart's
 * shipping-options context sets it, hooks/producer-shipping-context.ts).
 */
export const producerShipsAttribute = (producerId: string) =>
  `ocop_ships_${producerId}`

export const createProducerLocationsWorkflowId =
  "ocop-create-producer-locations"
/**
 * Where a producer's goods are: a Medusa stock location at its premises (named after
 * the producer, its 2025 commune as the city), linked to the producer and, with a
 * delivery fulfillment set (service zone Vietnam) and a flat-rate option "Giao từ
 * <producer>", to the online channel. The option sits on a shipping profile of the
 * producer's own, which also gets a copy of the shop's other options (warehouse
 * delivery, sales point pickups): one shipment and fee per producer in a cart. A shop
 * not set up yet (no shipping profile) gets the location only; the backfill adds
 * nothing twice. Every part compensates.
 */
export const createProducerLocationsWorkflow = createWorkflow(
  createProducerLocationsWorkflowId,
  (input: WorkflowData<{ producers: ProducerPremises[] }>) => {
    const addresses = resolveProducerAddressesStep(input.producers)
    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform({ input, addresses }, ({ input, addresses }) => ({
        locations: input.producers.map((p, i) => ({
          name: p.name,
          address: addresses[i],
        })),
      })),
    })
    createRemoteLinkStep(
      transform({ input, locations }, ({ input, locations }) =>
        input.producers.map((p, i): LinkDefinition => ({
          [PRODUCER_MODULE]: { producer_id: p.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
        }))
      )
    ).config({ name: "link-producer-locations" })
    const defaults = resolvePickupDefaultsStep({ optional: true })
    when("producer-delivery", { defaults }, ({ defaults }) =>
      Boolean(defaults.shipping_profile_id)
    ).then(() => {
      const profiles = createProducerShippingProfilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          producers: input.producers.map(({ id, handle, name }) => ({
            id,
            handle,
            name,
          })),
        })),
      })
      createLocationShippingWorkflow.runAsStep({
        input: transform(
          { input, locations, defaults, profiles },
          ({ input, locations, defaults, profiles }) => ({
            online_channel_id: defaults.online_channel_id,
            locations: input.producers.map((p, i) => ({
              stock_location_id: locations[i].id,
              set_name: `delivery:${p.handle}`,
              set_type: DELIVERY_FULFILLMENT_SET_TYPE,
              option_name: `Giao từ ${p.name}`,
              option_type: {
                code: "producer_delivery",
                label: "Giao từ cơ sở sản xuất",
                description:
                  "Cơ sở gửi hàng từ nơi sản xuất, nhận trong 3–5 ngày",
              },
              amount: PRODUCER_DELIVERY_AMOUNT,
              shipping_profile_id: profiles[i].id,
              rules: [
                {
                  attribute: producerShipsAttribute(p.id),
                  value: "true",
                  operator: "eq" as const,
                },
              ],
            })),
          })
        ),
      })
      ensureProducerShippingWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          producer_ids: input.producers.map((p) => p.id),
        })),
      })
    })
    return new WorkflowResponse(locations)
  }
)

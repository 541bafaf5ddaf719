import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"

export const MANUAL_PROVIDER_ID = "manual_manual"

/** One stock location's way of reaching online buyers: a fulfilment set and its option. */
export type LocationShippingInput = {
  stock_location_id: string
  /** Unique in the Fulfillment Module: names the set and its service zone. */
  set_name: string
  /** `pickup` (sales points) or `shipping` (delivery from a producer). */
  set_type: string
  option_name: string
  option_type: { code: string; label: string; description: string }
  amount: number
  shipping_profile_id: string
  /** Extra rules that decide which carts list the option (on top of store/return). */
  rules?: { attribute: string; value: string; operator: "eq" }[]
}
export type CreateLocationShippingInput = {
  locations: LocationShippingInput[]
  /** The online channel that reaches the locations; null leaves them unlinked. */
  online_channel_id: string | null
}

export const createLocationShippingWorkflowId = "ocop-create-location-shipping"
/**
 * Makes stock locations reachable by online carts the Medusa way: per location a
 * fulfillment set with a service zone "Vietnam" and one flat-rate option (manual
 * provider), the location linked to the manual provider and to the online channel
 * (Medusa lists an option only where the cart's channel reaches its location).
 * Sales points' click & collect and producers' delivery both use it; every part
 * compensates.
 */
export const createLocationShippingWorkflow = createWorkflow(
  createLocationShippingWorkflowId,
  (input: WorkflowData<CreateLocationShippingInput>) => {
    const sets = createFulfillmentSets(
      transform({ input }, ({ input }) =>
        input.locations.map((l) => ({
          name: l.set_name,
          type: l.set_type,
          service_zones: [
            {
              name: l.set_name,
              geo_zones: [{ type: "country" as const, country_code: "vn" }],
            },
          ],
        }))
      )
    )
    const links = transform({ input, sets }, ({ input, sets }) =>
      input.locations.flatMap((l, i): LinkDefinition[] => [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: l.stock_location_id },
          [Modules.FULFILLMENT]: { fulfillment_set_id: sets[i].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: l.stock_location_id },
          [Modules.FULFILLMENT]: {
            fulfillment_provider_id: MANUAL_PROVIDER_ID,
          },
        },
        ...(input.online_channel_id
          ? [
              {
                [Modules.SALES_CHANNEL]: {
                  sales_channel_id: input.online_channel_id,
                },
                [Modules.STOCK_LOCATION]: {
                  stock_location_id: l.stock_location_id,
                },
              },
            ]
          : []),
      ])
    )
    createRemoteLinkStep(links)
    const options = createShippingOptionsWorkflow.runAsStep({
      input: transform({ input, sets }, ({ input, sets }) =>
        input.locations.map((l, i) => ({
          name: l.option_name,
          price_type: "flat" as const,
          provider_id: MANUAL_PROVIDER_ID,
          service_zone_id: sets[i].service_zones[0].id,
          shipping_profile_id: l.shipping_profile_id,
          type: l.option_type,
          prices: [{ currency_code: "vnd", amount: l.amount }],
          rules: [
            {
              attribute: "enabled_in_store",
              value: "true",
              operator: "eq" as const,
            },
            {
              attribute: "is_return",
              value: "false",
              operator: "eq" as const,
            },
            ...(l.rules ?? []),
          ],
        }))
      ),
    })
    return new WorkflowResponse(options)
  }
)

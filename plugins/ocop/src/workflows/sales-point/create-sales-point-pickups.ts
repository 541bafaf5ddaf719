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
import { resolvePickupDefaultsStep } from "./steps/resolve-pickup-defaults"

/** A sales point as its pickup option needs it. */
export type SalesPointPickupInput = {
  handle: string
  name: string
  stock_location_id: string
}
export type CreateSalesPointPickupsInput = { points: SalesPointPickupInput[] }

/** Fulfillment sets of this type are pickups (the storefront reads it, contract 1). */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"
const MANUAL_PROVIDER_ID = "manual_manual"

export const createSalesPointPickupsWorkflowId =
  "ocop-create-sales-point-pickups"
/**
 * Click & collect for sales points: per point a `pickup` fulfillment set on its stock
 * location (service zone Vietnam) and one free shipping option "Nhận tại <point>",
 * the location linked to the manual provider and to the online channel so online
 * carts can list the option and reserve there. Every part compensates.
 */
export const createSalesPointPickupsWorkflow = createWorkflow(
  createSalesPointPickupsWorkflowId,
  (input: WorkflowData<CreateSalesPointPickupsInput>) => {
    const defaults = resolvePickupDefaultsStep()
    const sets = createFulfillmentSets(
      transform({ input }, ({ input }) =>
        input.points.map((p) => ({
          // Set and zone names are unique in the Fulfillment Module: the handle is.
          name: `pickup:${p.handle}`,
          type: PICKUP_FULFILLMENT_SET_TYPE,
          service_zones: [
            {
              name: `pickup:${p.handle}`,
              geo_zones: [{ type: "country" as const, country_code: "vn" }],
            },
          ],
        }))
      )
    )
    const links = transform(
      { input, sets, defaults },
      ({ input, sets, defaults }): LinkDefinition[] =>
        input.points.flatMap((p, i): LinkDefinition[] => [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: p.stock_location_id },
            [Modules.FULFILLMENT]: { fulfillment_set_id: sets[i].id },
          },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: p.stock_location_id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER_ID },
          },
          ...(defaults.online_channel_id
            ? [
                {
                  [Modules.SALES_CHANNEL]: {
                    sales_channel_id: defaults.online_channel_id,
                  },
                  [Modules.STOCK_LOCATION]: {
                    stock_location_id: p.stock_location_id,
                  },
                },
              ]
            : []),
        ])
    )
    createRemoteLinkStep(links)
    const options = createShippingOptionsWorkflow.runAsStep({
      input: transform(
        { input, sets, defaults },
        ({ input, sets, defaults }) =>
          input.points.map((p, i) => ({
            name: `Nhận tại ${p.name}`,
            price_type: "flat" as const,
            provider_id: MANUAL_PROVIDER_ID,
            service_zone_id: sets[i].service_zones[0].id,
            shipping_profile_id: defaults.shipping_profile_id,
            type: {
              code: PICKUP_FULFILLMENT_SET_TYPE,
              label: "Nhận tại điểm bán",
              description: "Nhận hàng tại điểm bán OCOP, không mất phí giao",
            },
            prices: [{ currency_code: "vnd", amount: 0 }],
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
            ],
          }))
      ),
    })
    return new WorkflowResponse(options)
  }
)

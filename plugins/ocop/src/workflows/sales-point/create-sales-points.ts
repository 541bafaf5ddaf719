import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import {
  createSalesPointsStep,
  type SalesPointInput,
} from "./steps/create-sales-points"
import { ensureSalesPointChannelStep } from "./steps/ensure-sales-point-channel"
import { createSalesPointPickupsWorkflow } from "./create-sales-point-pickups"

export type CreateSalesPointsInput = { sales_points: SalesPointInput[] }

export const createSalesPointsWorkflowId = "ocop-create-sales-points"
/**
 * New sales points: the OCOP details, a Medusa stock location for each (named after
 * the point, holding its stock), linked to each other and to the `sales-point` channel,
 * and a pickup option "Nhận tại <point>" for online carts (click & collect).
 */
export const createSalesPointsWorkflow = createWorkflow(
  createSalesPointsWorkflowId,
  (input: WorkflowData<CreateSalesPointsInput>) => {
    const points = createSalesPointsStep(input.sales_points)
    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        locations: input.sales_points.map((p) => ({
          name: p.name,
          address: { address_1: p.address, country_code: "VN" },
        })),
      })),
    })
    const channelId = ensureSalesPointChannelStep()
    const links = transform(
      { points, locations, channelId },
      ({ points, locations, channelId }): LinkDefinition[] =>
        points.flatMap((p, i): LinkDefinition[] => [
          {
            [SALES_POINT_MODULE]: { sales_point_id: p.id },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
          {
            [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
        ])
    )
    createRemoteLinkStep(links)
    createSalesPointPickupsWorkflow.runAsStep({
      input: transform({ points, locations }, ({ points, locations }) => ({
        points: points.map((p, i) => ({
          handle: p.handle,
          name: locations[i].name,
          stock_location_id: locations[i].id,
        })),
      })),
    })
    return new WorkflowResponse(
      transform({ points, locations }, ({ points, locations }) =>
        points.map((p, i) => ({
          ...p,
          name: locations[i].name,
          stock_location_id: locations[i].id,
        }))
      )
    )
  }
)

import {
  FulfillmentWorkflowEvents,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { registerCounterHandOverStep } from "./steps/register-counter-hand-over"

export type HandOverCounterSaleInput = {
  order_id: string
  location_id: string
  created_by?: string
  // The order just created (its lines), and each line variant's inventory items:
  // the counter sale has both in hand, so nothing is read back.
  order: {
    id: string
    email?: string | null
    currency_code: string
    items: any[]
  }
  inventory_items: Record<
    string,
    { inventory_item_id: string; required_quantity: number }[]
  >
}

// Medusa's default fulfillment provider: nothing is shipped, the customer takes the goods.
const COUNTER_FULFILLMENT_PROVIDER = "manual_manual"

export const handOverCounterSaleWorkflowId = "ocop-hand-over-counter-sale"
/**
 * Records that a counter sale's goods crossed the counter: one fulfillment of every
 * line from the point's stock location, created packed, shipped and delivered, and
 * registered on the order as fulfilled and delivered in one order change.
 * Core's createOrderFulfillmentWorkflow is not used because it consumes reservations
 * and the counter sale has already taken the stocked units under the items' locks
 * (decision 401); this fulfillment moves no stock. Nor is
 * markOrderFulfillmentAsDeliveredWorkflow: it re-reads the order and the fulfillment
 * and versions the order a second time for what is known at the counter (decision
 * 406). Each step compensates itself (the fulfillment is cancelled, the link
 * dismissed, the order version reverted).
 */
export const handOverCounterSaleWorkflow = createWorkflow(
  handOverCounterSaleWorkflowId,
  (input: WorkflowData<HandOverCounterSaleInput>) => {
    const fulfillment = createFulfillmentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => {
        const handedOver = new Date()
        return {
          location_id: input.location_id,
          provider_id: COUNTER_FULFILLMENT_PROVIDER,
          delivery_address: {},
          requires_shipping: false,
          labels: [],
          order: input.order as any,
          created_by: input.created_by,
          packed_at: handedOver,
          shipped_at: handedOver,
          delivered_at: handedOver,
          items: input.order.items.flatMap((item: any) =>
            (input.inventory_items[item.variant_id] ?? []).map((ii) => ({
              line_item_id: item.id,
              inventory_item_id: ii.inventory_item_id,
              // Order quantities come back as BigNumbers.
              quantity: MathBN.mult(
                item.quantity,
                ii.required_quantity ?? 1
              ).toNumber(),
              title: item.variant_title ?? item.title,
              sku: item.variant_sku ?? "",
              barcode: "",
            }))
          ),
        }
      }),
    })

    createRemoteLinkStep(
      transform({ input, fulfillment }, ({ input, fulfillment }) => [
        {
          [Modules.ORDER]: { order_id: input.order_id },
          [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
        },
      ])
    )
    registerCounterHandOverStep(
      transform({ input, fulfillment }, ({ input, fulfillment }) => ({
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        created_by: input.created_by,
        items: input.order.items.map((item: any) => ({
          id: item.id,
          quantity: MathBN.convert(item.quantity).toNumber(),
        })),
      }))
    )
    // As core's delivery does, for whoever listens (cash on delivery ignores a paid order).
    emitEventStep({
      eventName: FulfillmentWorkflowEvents.DELIVERY_CREATED,
      data: transform({ fulfillment }, ({ fulfillment }) => ({
        id: fulfillment.id,
      })),
    })
    return new WorkflowResponse(fulfillment)
  }
)

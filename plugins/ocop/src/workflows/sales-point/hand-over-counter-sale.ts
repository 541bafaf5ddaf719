import { MathBN, Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentWorkflow,
  createRemoteLinkStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  registerOrderFulfillmentStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

export type HandOverCounterSaleInput = {
  order_id: string
  location_id: string
  created_by?: string
}

// Medusa's default fulfillment provider: nothing is shipped, the customer takes the goods.
const COUNTER_FULFILLMENT_PROVIDER = "manual_manual"

export const handOverCounterSaleWorkflowId = "ocop-hand-over-counter-sale"
/**
 * Records that a counter sale's goods crossed the counter: one fulfillment of every
 * line from the point's stock location, registered on the order and delivered.
 * Core's createOrderFulfillmentWorkflow is not used because it consumes reservations
 * and the counter sale has already taken the stocked units under the items' locks
 * (decision 401); this fulfillment moves no stock. Each core step compensates itself
 * (the fulfillment is cancelled, the link dismissed, the order version reverted).
 */
export const handOverCounterSaleWorkflow = createWorkflow(
  handOverCounterSaleWorkflowId,
  (input: WorkflowData<HandOverCounterSaleInput>) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "email",
        "currency_code",
        // The quantity is computed from the item's detail: asked for by name, it is absent.
        "items.*",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "ocop-get-counter-sale-order" })

    const fulfillment = createFulfillmentWorkflow.runAsStep({
      input: transform({ orders, input }, ({ orders, input }) => {
        const order: any = orders[0]
        return {
          location_id: input.location_id,
          provider_id: COUNTER_FULFILLMENT_PROVIDER,
          delivery_address: {},
          requires_shipping: false,
          labels: [],
          order,
          created_by: input.created_by,
          packed_at: new Date(),
          shipped_at: new Date(),
          items: order.items.flatMap((item: any) =>
            (item.variant?.inventory_items ?? []).map((ii: any) => ({
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
    registerOrderFulfillmentStep(
      transform(
        { orders, input, fulfillment },
        ({ orders, input, fulfillment }) => ({
          order_id: input.order_id,
          reference: Modules.FULFILLMENT,
          reference_id: fulfillment.id,
          created_by: input.created_by,
          items: (orders[0] as any).items.map((item: any) => ({
            id: item.id,
            quantity: MathBN.convert(item.quantity).toNumber(),
          })),
        })
      )
    )
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
        orderId: input.order_id,
        fulfillmentId: fulfillment.id,
      })),
    })
    return new WorkflowResponse(fulfillment)
  }
)

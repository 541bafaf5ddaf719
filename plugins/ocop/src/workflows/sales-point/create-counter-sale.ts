import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderPaymentCollectionWorkflow,
  createOrdersStep,
  markPaymentCollectionAsPaid,
} from "@medusajs/medusa/core-flows"
import { handOverCounterSaleWorkflow } from "./hand-over-counter-sale"
import { createInvoicesStep } from "../invoice/steps/create-invoices"
import { drawUpOrderInvoicesStep } from "../invoice/steps/draw-up-order-invoices"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import type { CounterPaymentInput } from "../../modules/sales-point/rules/counter-payments"
import {
  prepareCounterSaleStep,
  SINGLE_PAYMENT_METHODS,
} from "./steps/prepare-counter-sale"
import { recordCounterPaymentsStep } from "./steps/record-counter-payments"
import { settleCounterPaymentsStep } from "./steps/settle-counter-payments"
import { resolveSalesPointVariantsStep } from "./steps/resolve-sales-point-variants"
import type { SalesPointContext } from "./steps/sales-point-types"
import { setSalesPointMovementReferenceStep } from "./steps/set-sales-point-movement-reference"

export type CreateCounterSaleInput = SalesPointContext & {
  items: { variant_id: string; quantity: number }[]
  // The whole total by one method, or its parts (see settleCounterPaymentsStep).
  payment_method?: (typeof SINGLE_PAYMENT_METHODS)[number] | null
  payments?: CounterPaymentInput[] | null
  email?: string | null
}

export const createCounterSaleWorkflowId = "ocop-create-counter-sale"
/**
 * A sale over the counter: its payments are checked against the server's total
 * (cash handed over and its change, card, VietQR confirmed, or a split), the basket's units leave this point's stock (under the
 * items' locks, so nothing is sold twice, see changeSalesPointStockStep), then an
 * order is created in the `sales-point` channel and its payment recorded as
 * captured (cash or card at the counter, through Medusa's system payment provider).
 * The goods are handed over at once, so the sale takes stocked quantity instead of
 * leaving a reservation behind, and the order ends fulfilled and delivered from the
 * point's location. The payments are kept by method against the order and the
 * point's open shift. Its invoice is drawn up in the same run (pending: the route sends
 * it to the provider afterwards, so a provider outage never fails the sale), and the
 * receipt can print its lookup code. Any later failure puts the stock back and deletes
 * the order and its invoice: there is never an order without its stock, nor stock gone
 * without one.
 */
export const createCounterSaleWorkflow = createWorkflow(
  createCounterSaleWorkflowId,
  (input: WorkflowData<CreateCounterSaleInput>) => {
    const variants = resolveSalesPointVariantsStep(
      transform({ input }, ({ input }) => ({
        variant_ids: input.items.map((i) => i.variant_id),
        fields: input.items.map((_, i) => `items[${i}].variant_id`),
      }))
    )
    const sale = prepareCounterSaleStep(
      transform({ input, variants }, ({ input, variants }) => ({
        items: input.items,
        variants,
      }))
    )
    const paid = settleCounterPaymentsStep(
      transform({ input, sale }, ({ input, sale }) => ({
        sales_point_id: input.sales_point_id,
        total: sale.total,
        payments: input.payments ?? null,
        payment_method: input.payment_method ?? null,
      }))
    )
    const movements = changeSalesPointStockStep(
      transform({ input, variants }, ({ input, variants }) => ({
        sales_point_id: input.sales_point_id,
        location_id: input.location_id,
        staff: input.staff,
        kind: "sale" as const,
        field: "items",
        // Earliest expiry first; an expired lot is never sold.
        lot_pick: "sellable" as const,
        lines: input.items.flatMap((item, i) =>
          variants[i].inventory_items.map((ii) => ({
            inventory_item_id: ii.inventory_item_id,
            variant_id: item.variant_id,
            delta: -item.quantity * ii.required_quantity,
            label: variants[i].title,
          }))
        ),
      }))
    )
    const orders = createOrdersStep(
      transform({ input, sale, paid }, ({ input, sale, paid }) => [
        {
          sales_channel_id: sale.sales_channel_id,
          region_id: sale.region_id ?? undefined,
          currency_code: "vnd",
          email: input.email ?? undefined,
          items: sale.lines,
          metadata: {
            sales_point_id: input.sales_point_id,
            payment_method: paid.payment_method,
            change_vnd: paid.change,
            shift_id: paid.shift_id,
            staff_id: input.staff.id,
            staff_email: input.staff.email,
            total_vnd: sale.total,
            units: sale.units,
          },
        },
      ]) as any
    )
    const orderId = transform(
      { orders },
      ({ orders }) => orders[0].id as string
    )
    setSalesPointMovementReferenceStep(
      transform({ movements, orderId }, ({ movements, orderId }) => ({
        ids: movements.map((m) => m.id),
        reference: orderId,
      }))
    )
    recordCounterPaymentsStep(
      transform({ input, paid, orderId }, ({ input, paid, orderId }) => ({
        ...paid,
        sales_point_id: input.sales_point_id,
        order_id: orderId,
        staff_id: input.staff.id,
      }))
    )
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ orderId, sale }, ({ orderId, sale }) => ({
        order_id: orderId,
        amount: sale.total,
      })),
    })
    markPaymentCollectionAsPaid.runAsStep({
      input: transform(
        { orderId, collections, input },
        ({ orderId, collections, input }) => ({
          order_id: orderId,
          payment_collection_id: collections[0].id,
          captured_by: input.staff.id ?? undefined,
        })
      ),
    })
    handOverCounterSaleWorkflow.runAsStep({
      input: transform(
        { orders, orderId, input, variants },
        ({ orders, orderId, input, variants }) => ({
          order_id: orderId,
          location_id: input.location_id,
          created_by: input.staff.id ?? undefined,
          order: (orders as any)[0],
          inventory_items: Object.fromEntries(
            variants.map((v) => [v.variant_id, v.inventory_items])
          ),
        })
      ),
    })
    const invoiceDrafts = drawUpOrderInvoicesStep(
      transform({ orderId }, ({ orderId }) => ({
        orders: [{ order_id: orderId, relation: "original" as const }],
      }))
    )
    const invoices = createInvoicesStep(invoiceDrafts)
    // Where an e-invoice (or any later duty of a completed counter sale) plugs in:
    // a handler of createCounterSaleWorkflow.hooks.counterSaleCreated runs inside the
    // workflow, after payment and hand-over, and may return its own compensation.
    const counterSaleCreated = createHook(
      "counterSaleCreated",
      transform({ orderId, input, paid }, ({ orderId, input, paid }) => ({
        order_id: orderId,
        sales_point_id: input.sales_point_id,
        shift_id: paid.shift_id,
        staff_id: input.staff.id,
      }))
    )
    return new WorkflowResponse(
      transform(
        { orderId, sale, paid, invoices },
        ({ orderId, sale, paid, invoices }) => ({
          order_id: orderId,
          // Drawn up, pending: the route sends it (see issueDrawnUpInvoice).
          invoice: (invoices[0] ?? null) as {
            id: string
            order_id: string
            lookup_code: string
            status: string
          } | null,
          total: sale.total,
          units: sale.units,
          payment_method: paid.payment_method,
          payments: paid.payments.map((p) => ({
            method: p.method,
            amount: p.amount,
            tendered: p.tendered,
            change: p.change,
          })),
          change: paid.change,
          shift_id: paid.shift_id,
          lines: sale.lines,
        })
      ),
      { hooks: [counterSaleCreated] }
    )
  }
)

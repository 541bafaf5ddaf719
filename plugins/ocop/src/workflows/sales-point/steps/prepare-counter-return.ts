import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type CounterReturnRefund = {
  method: "cash" | "card_at_counter" | "vietqr"
  amount: number
  refund_of: string
}

export type PreparedCounterReturn = {
  lines: { variant_id: string; quantity: number; unit_price: number; label: string }[]
  amount: number
  refunds: CounterReturnRefund[]
  shift_id: string | null
}

export const prepareCounterReturnStepId = "ocop-prepare-counter-return"
/**
 * Checks a return against its receipt: the order is one of this point's counter
 * sales (else 404), each line was on it and is not returned beyond what was sold
 * (400 naming `items[i]`). The refund goes back by the sale's own methods, each up
 * to what it paid and has not refunded yet. Writes nothing.
 */
export const prepareCounterReturnStep = createStep(
  prepareCounterReturnStepId,
  async (
    input: {
      sales_point_id: string
      order_id: string
      items: { variant_id: string; quantity: number }[]
    },
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const ledger = await ocop.listSalesPointMovements({
      sales_point_id: input.sales_point_id,
      reference: input.order_id,
      kind: ["sale", "return"],
    })
    const notFound = new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `order_id: order ${input.order_id} was not found at this sales point`
    )
    if (!ledger.some((m) => m.kind === "sale")) throw notFound
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.variant_id",
        "items.title",
        "items.product_title",
        "items.variant_title",
        "items.unit_price",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order: any = data[0]
    if (!order) throw notFound
    // Units of a variant already returned: its return lines over its sale lines'
    // share (a kit's variant moves several items; any one of them tells the count).
    const returnedOf = (variantId: string) => {
      const sales = ledger.filter(
        (m) => m.kind === "sale" && m.variant_id === variantId
      )
      const item = sales[0]?.inventory_item_id
      const sold = -sales
        .filter((m) => m.inventory_item_id === item)
        .reduce((s, m) => s + m.quantity, 0)
      const back = ledger
        .filter(
          (m) =>
            m.kind === "return" &&
            m.variant_id === variantId &&
            m.inventory_item_id === item
        )
        .reduce((s, m) => s + m.quantity, 0)
      return { sold, back }
    }
    const lines = input.items.map((item, i) => {
      const line = (order.items ?? []).find(
        (l: any) => l.variant_id === item.variant_id
      )
      if (!line) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items[${i}].variant_id: ${item.variant_id} is not on this receipt`
        )
      }
      const quantity = MathBN.convert(
        line.detail?.quantity ?? line.quantity
      ).toNumber()
      const { sold, back } = returnedOf(item.variant_id)
      const per = sold > 0 ? sold / quantity : 1
      const left = quantity - back / per
      const asked = input.items
        .filter((x) => x.variant_id === item.variant_id)
        .reduce((s, x) => s + x.quantity, 0)
      if (asked > left) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items[${i}].quantity: ${asked} to return, only ${left} of ${quantity} sold are not returned yet`
        )
      }
      return {
        variant_id: item.variant_id,
        quantity: item.quantity,
        unit_price: MathBN.convert(line.unit_price).toNumber(),
        label: line.variant_title
          ? `${line.product_title ?? line.title} (${line.variant_title})`
          : (line.product_title ?? line.title),
      }
    })
    const amount = lines.reduce((s, l) => s + l.unit_price * l.quantity, 0)

    const payments = await ocop.listSalesPointPayments(
      { order_id: input.order_id, sales_point_id: input.sales_point_id },
      { order: { created_at: "ASC" } }
    )
    const refunds: CounterReturnRefund[] = []
    let due = amount
    for (const paid of payments.filter((p) => p.kind === "sale")) {
      if (due <= 0) break
      const refunded = payments
        .filter((p) => p.kind === "refund" && p.refund_of === paid.id)
        .reduce((s, p) => s + Number(p.amount), 0)
      const take = Math.min(due, Number(paid.amount) - refunded)
      if (take > 0) {
        refunds.push({ method: paid.method, amount: take, refund_of: paid.id })
        due -= take
      }
    }
    if (due > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `items: this receipt has no payment left to refund ${due} đồng by its own method`
      )
    }
    const [shift] = await ocop.listSalesPointShifts(
      { sales_point_id: input.sales_point_id, status: "open" },
      { select: ["id"], take: 1 }
    )
    return new StepResponse<PreparedCounterReturn>({
      lines,
      amount,
      refunds,
      shift_id: shift?.id ?? null,
    })
  }
)

import {
  ContainerRegistrationKeys,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE, type SalesPointModuleService } from "../../../modules/sales-point"
import type {
  RefundEntry,
  SaleLine,
} from "../../../modules/settlement/rules/settlement-amounts"

export type CollectSettlementSalesInput = {
  // Dates cross workflow steps serialized: ISO strings arrive.
  start: Date | string
  end: Date | string
  // Only this producer's lines (an admin regenerating one statement).
  producer_id?: string | null
}

export type SettlementSales = { sales: SaleLine[]; refunds: RefundEntry[] }

const ORDER_FIELDS = [
  "id",
  "status",
  "is_draft_order",
  "created_at",
  "metadata",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  // An order line's quantity lives on its detail (the order item).
  "items.detail.quantity",
  "items.unit_price",
  "items.adjustments.amount",
  // Click & collect: the pickup option names the sales point the goods left from.
  "shipping_methods.shipping_option_id",
]

// Money fields come back as BigNumber objects from query.graph, as strings from SQL.
const num = (value: any): number =>
  value && typeof value === "object"
    ? Number(value.numeric ?? value.value ?? value)
    : Number(value ?? 0)
const whole = (value: unknown) => Math.round(num(value))

/**
 * What the period's orders owe producers: every line of the orders placed in the
 * period (online, and counter sales at sales points, which are orders of the
 * `sales-point` channel), attributed to a producer, and every refund recorded in the
 * period with the lines of the order it refunds (that order may be older). Canceled
 * and draft orders count for nothing. Goods that left a sales point (a counter sale,
 * or an online order picked up there) accrue to the producer whose consigned lot the
 * point received (the latest delivery of that variant there before the order),
 * falling back to the product's producer.
 */
export const collectSettlementSalesStep = createStep(
  "ocop-collect-settlement-sales",
  async (input: CollectSettlementSalesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const start = new Date(input.start)
    const end = new Date(input.end)

    // The period's orders by creation date straight from the table: an index-friendly
    // range, then the order module's graph for their lines.
    const placedIds: string[] = (
      await knex("order")
        .select("id")
        .where("created_at", ">=", start)
        .andWhere("created_at", "<", end)
        .whereNull("deleted_at")
    ).map((r: { id: string }) => r.id)
    const placed = placedIds.length
      ? (
          await query.graph({
            entity: "order",
            fields: ORDER_FIELDS,
            filters: { id: placedIds },
          })
        ).data
      : []

    // Refunds are recorded on payments; the link table leads back to the order.
    const refundRows: { amount: string; order_id: string }[] = await knex
      .select("r.amount", "opc.order_id")
      .from("refund as r")
      .join("payment as p", "p.id", "r.payment_id")
      .join(
        "order_payment_collection as opc",
        "opc.payment_collection_id",
        "p.payment_collection_id"
      )
      .where("r.created_at", ">=", start)
      .andWhere("r.created_at", "<", end)
      .whereNull("r.deleted_at")
      .whereNull("opc.deleted_at")

    const placedSet = new Set(placedIds)
    const olderIds = [
      ...new Set(refundRows.map((r) => r.order_id)),
    ].filter((id) => !placedSet.has(id))
    const older = olderIds.length
      ? (
          await query.graph({
            entity: "order",
            fields: ORDER_FIELDS,
            filters: { id: olderIds },
          })
        ).data
      : []
    const orders = [...placed, ...older] as any[]

    const productIds = [
      ...new Set(
        orders.flatMap((o) => (o.items ?? []).map((i: any) => i.product_id))
      ),
    ].filter(Boolean)
    const { data: products } = productIds.length
      ? await query.graph({
          entity: "product",
          fields: ["id", "producer.id", "shipping_profile.id"],
          filters: { id: productIds },
        })
      : { data: [] as any[] }
    const producerOfProduct = new Map<string, string>(
      products
        .filter((p: any) => p.producer?.id)
        .map((p: any) => [p.id, p.producer.id])
    )
    const profileOfProduct = new Map<string, string | undefined>(
      products.map((p: any) => [p.id, p.shipping_profile?.id])
    )

    // Click & collect: online orders whose goods were picked up at a sales point, i.e.
    // taken from the point's consigned stock. The order's pickup option leads to the
    // point through its fulfillment set's location.
    const optionIds = [
      ...new Set(
        orders.flatMap((o) =>
          (o.shipping_methods ?? []).map((m: any) => m.shipping_option_id)
        )
      ),
    ].filter(Boolean)
    const { data: options } = optionIds.length
      ? await query.graph({
          entity: "shipping_option",
          fields: [
            "id",
            "shipping_profile_id",
            "service_zone.fulfillment_set.type",
            "service_zone.fulfillment_set.location.id",
          ],
          filters: { id: optionIds },
          // An option deleted since the order still says where its goods went.
          withDeleted: true,
        })
      : { data: [] as any[] }
    const pickupLocations = options
      .filter((o: any) => o.service_zone?.fulfillment_set?.type === "pickup")
      .map((o: any) => o.service_zone.fulfillment_set.location?.id)
      .filter(Boolean)
    const pointOfLocation = new Map<string, string>(
      pickupLocations.length
        ? (
            await knex("ocop_sales_point_stock_location")
              .select("sales_point_id", "stock_location_id")
              .whereIn("stock_location_id", pickupLocations)
              .whereNull("deleted_at")
          ).map((r: any) => [r.stock_location_id, r.sales_point_id])
        : []
    )
    const optionById = new Map<string, any>(options.map((o: any) => [o.id, o]))
    /** The sales point a line left from: the counter's, or the pickup point of its shipping method. */
    const pointOfLine = (order: any, item: any): string | undefined => {
      if (order.metadata?.sales_point_id) return order.metadata.sales_point_id
      const chosen = (order.shipping_methods ?? [])
        .map((m: any) => optionById.get(m.shipping_option_id))
        .filter(Boolean)
      // One method per shipping profile (Medusa's rule); a lone method serves every line.
      const option =
        chosen.find(
          (o: any) =>
            o.shipping_profile_id === profileOfProduct.get(item.product_id)
        ) ?? (chosen.length === 1 ? chosen[0] : undefined)
      const location = option?.service_zone?.fulfillment_set
      return location?.type === "pickup"
        ? pointOfLocation.get(location.location?.id)
        : undefined
    }

    // Consigned lots: who delivered each variant to each point, latest first.
    const counterVariantIds = [
      ...new Set(
        orders.flatMap((o) =>
          (o.items ?? [])
            .filter((i: any) => pointOfLine(o, i))
            .map((i: any) => i.variant_id)
        )
      ),
    ].filter(Boolean)
    const receipts = counterVariantIds.length
      ? await container
          .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
          .listSalesPointMovements(
            { kind: "receive", variant_id: counterVariantIds },
            {
              select: ["sales_point_id", "variant_id", "reference", "created_at"],
              order: { created_at: "DESC" },
            }
          )
      : []
    const lotProducer = (pointId: string, variantId: string, before: Date) =>
      receipts.find(
        (r) =>
          r.sales_point_id === pointId &&
          r.variant_id === variantId &&
          r.reference?.startsWith("ocpr_") &&
          new Date(r.created_at) <= before
      )?.reference ?? null

    const linesOf = (order: any): SaleLine[] => {
      if (order.status === "canceled" || order.is_draft_order) return []
      const counter = !!order.metadata?.sales_point_id
      return (order.items ?? []).flatMap((item: any): SaleLine[] => {
        const pointId = pointOfLine(order, item)
        const producer_id =
          (pointId &&
            lotProducer(pointId, item.variant_id, new Date(order.created_at))) ||
          producerOfProduct.get(item.product_id)
        if (!producer_id) return []
        const discounts = (item.adjustments ?? []).reduce(
          (a: number, adj: any) => a + num(adj.amount),
          0
        )
        const quantity = num(item.detail?.quantity ?? item.quantity)
        const title = item.variant_title
          ? `${item.product_title ?? item.title} (${item.variant_title})`
          : (item.product_title ?? item.title ?? "")
        return [
          {
            producer_id,
            product_id: item.product_id ?? null,
            variant_id: item.variant_id ?? null,
            title,
            // Click & collect is an online sale, whoever's lot it came from.
            channel: counter ? "counter" : "online",
            quantity,
            amount: whole(num(item.unit_price) * quantity - discounts),
          },
        ]
      })
    }

    const byId = new Map(orders.map((o) => [o.id, o]))
    const keep = (line: SaleLine) =>
      !input.producer_id || line.producer_id === input.producer_id
    const sales = placed.flatMap((o: any) => linesOf(o)).filter(keep)
    const refunds: RefundEntry[] = refundRows
      .map((r) => ({
        amount: whole(r.amount),
        // Every line of the order, so a producer's share is computed on the whole order.
        order_lines: linesOf(byId.get(r.order_id) ?? {}),
      }))
      .filter((r) => r.amount > 0 && r.order_lines.some(keep))

    return new StepResponse<SettlementSales>({ sales, refunds })
  }
)

import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { Knex } from "@mikro-orm/postgresql"
import { CASH_ON_DELIVERY_PROVIDER } from "../subscribers/capture-cash-on-delivery"
import { placedOrderLines } from "./order-lines"
import { producerProducts } from "./producer-stock"

export type ProducerShipmentStatus = "packed" | "shipped" | "delivered"

/**
 * The producer's orders, those with something to pack or hand over first: only
 * its own lines and parcels, and of the buyer only what the delivery needs (name,
 * phone, address; the cash to collect on a COD order). Never the email, other
 * producers' lines or any other payment detail.
 */
export async function producerOrders(
  knex: Knex,
  query: Omit<RemoteQueryFunction, symbol>,
  producerId: string,
  { orderId }: { orderId?: string } = {}
) {
  const lines = placedOrderLines(knex)
    .select(
      "o.id as order_id",
      "o.display_id",
      "o.status as order_status",
      "o.created_at",
      "li.id as line_id",
      "li.product_id",
      "li.product_title",
      "li.variant_title",
      "li.requires_shipping",
      knex.raw("oi.quantity::int as quantity"),
      knex.raw("oi.fulfilled_quantity::int as fulfilled_quantity"),
      knex.raw("li.unit_price::bigint as unit_price"),
      "a.first_name",
      "a.last_name",
      "a.phone",
      "a.address_1",
      "a.address_2",
      "a.city",
      "a.province",
      "a.postal_code",
      "a.metadata as address_metadata"
    )
    .leftJoin("order_address as a", "a.id", "o.shipping_address_id")
    .whereIn("li.product_id", producerProducts(knex, producerId))
    .orderBy("o.created_at", "desc")
  if (orderId) lines.where("o.id", orderId)
  const rows = (await lines) as any[]
  const orders = new Map<string, any>()
  for (const r of rows) {
    const order =
      orders.get(r.order_id) ??
      orders
        .set(r.order_id, {
          id: r.order_id,
          display_id: r.display_id,
          status: r.order_status,
          created_at: r.created_at,
          pickup: Boolean(r.address_metadata?.pickup),
          delivery: {
            name: [r.last_name, r.first_name].filter(Boolean).join(" "),
            phone: r.phone,
            address: [r.address_1, r.address_2, r.city, r.province]
              .filter(Boolean)
              .join(", "),
            postal_code: r.postal_code,
          },
          lines: [],
          shipments: [],
          to_pack: 0,
          cod_to_collect: null,
        })
        .get(r.order_id)
    const ships = r.requires_shipping !== false
    order.lines.push({
      id: r.line_id,
      product_id: r.product_id,
      product_title: r.product_title,
      variant_title: r.variant_title,
      quantity: r.quantity,
      fulfilled_quantity: r.fulfilled_quantity,
      unit_price: Number(r.unit_price),
      to_pack: ships ? Math.max(r.quantity - r.fulfilled_quantity, 0) : 0,
    })
  }
  const list = [...orders.values()]
  await addShipmentsAndCod(query, list)
  const needsWork = (o: any) =>
    o.status !== "canceled" &&
    !o.pickup &&
    (o.to_pack > 0 || o.shipments.some((s: any) => s.status === "packed"))
  list.sort((a, b) => Number(needsWork(b)) - Number(needsWork(a)))
  return { orders: list, sold: soldPerProduct(list) }
}

/** Each order's parcels holding only the producer's lines, and the cash its courier collects. */
async function addShipmentsAndCod(
  query: Omit<RemoteQueryFunction, symbol>,
  list: any[]
) {
  if (!list.length) return
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "items.id",
      "fulfillments.id",
      "fulfillments.packed_at",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: list.map((o) => o.id) },
  })
  const graphOf = new Map(data.map((o: any) => [o.id, o]))
  for (const order of list) {
    const graph: any = graphOf.get(order.id)
    const own = new Set(order.lines.map((l: any) => l.id))
    order.to_pack = order.lines.reduce((n: number, l: any) => n + l.to_pack, 0)
    order.shipments = (graph?.fulfillments ?? [])
      .filter(
        (f: any) =>
          f &&
          !f.canceled_at &&
          f.items?.length &&
          f.items.every((i: any) => own.has(i.line_item_id))
      )
      .map((f: any) => ({
        id: f.id,
        status: (f.delivered_at
          ? "delivered"
          : f.shipped_at
            ? "shipped"
            : "packed") as ProducerShipmentStatus,
        packed_at: f.packed_at,
        shipped_at: f.shipped_at,
        delivered_at: f.delivered_at,
        carrier: f.metadata?.carrier ?? null,
        tracking_number: f.labels?.[0]?.tracking_number ?? null,
        tracking_url: f.labels?.[0]?.tracking_url || null,
        lines: f.items.map((i: any) => ({
          line_id: i.line_item_id,
          quantity: Number(i.quantity),
        })),
      }))
    const codDue = (graph?.payment_collections ?? [])
      .flatMap((c: any) => c?.payments ?? [])
      .some(
        (p: any) =>
          p?.provider_id === CASH_ON_DELIVERY_PROVIDER &&
          !p.captured_at &&
          !p.canceled_at
      )
    if (codDue && !order.pickup) {
      // A parcel of this producer alone carries the whole order, delivery fee
      // included; in a shared order it carries the producer's goods.
      const alone = (graph?.items ?? []).every((i: any) => own.has(i.id))
      order.cod_to_collect = alone
        ? Number(graph.total)
        : order.lines.reduce(
            (n: number, l: any) => n + l.unit_price * l.quantity,
            0
          )
    }
  }
}

function soldPerProduct(list: any[]) {
  const sold = new Map<
    string,
    { product_id: string; title: string; quantity: number }
  >()
  for (const line of list.flatMap((o) => o.lines)) {
    const entry = sold.get(line.product_id) ?? {
      product_id: line.product_id,
      title: line.product_title,
      quantity: 0,
    }
    entry.quantity += line.quantity
    sold.set(line.product_id, entry)
  }
  return [...sold.values()]
}

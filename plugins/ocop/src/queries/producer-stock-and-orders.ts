import type { Knex } from "@mikro-orm/postgresql"
import { placedOrderLines } from "./order-lines"
import { stockLevelColumns, stockLevels } from "./stock-levels"

// Like the catalog (decision 002), these read across modules through the link table
// ocop_product_producer, so every row is scoped to one producer in the database.
const producerProducts = (knex: Knex, producerId: string) =>
  knex
    .select("pp.product_id")
    .from("ocop_product_producer as pp")
    .where("pp.producer_id", producerId)
    .whereNull("pp.deleted_at")

/** Stock of the producer's variants per stock location (sales point or warehouse). */
export async function producerStock(knex: Knex, producerId: string) {
  const rows = await stockLevels(knex)
    .select(
      ...stockLevelColumns(knex),
      "sl.id as location_id",
      "sl.name as location_name"
    )
    .join("stock_location as sl", "sl.id", "il.location_id")
    .whereIn("p.id", producerProducts(knex, producerId))
    .orderBy(["p.title", "v.title", "sl.name"])
  return rows.map((r: any) => ({
    ...r,
    available_quantity: r.stocked_quantity - r.reserved_quantity,
  }))
}

/**
 * The producer's lines of orders (only lines of its products), with what delivery
 * needs of the buyer: name, phone and shipping address, never the email or other lines.
 */
export async function producerOrderLines(knex: Knex, producerId: string) {
  const rows = await placedOrderLines(knex)
    .select(
      "o.id as order_id",
      "o.display_id",
      "o.status as order_status",
      "o.created_at",
      "li.id as line_id",
      "li.product_id",
      "li.product_title",
      "li.variant_title",
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
      "a.postal_code"
    )
    .leftJoin("order_address as a", "a.id", "o.shipping_address_id")
    .whereIn("li.product_id", producerProducts(knex, producerId))
    .orderBy("o.created_at", "desc")
  const orders = new Map<string, any>()
  for (const r of rows as any[]) {
    const order =
      orders.get(r.order_id) ??
      orders
        .set(r.order_id, {
          id: r.order_id,
          display_id: r.display_id,
          status: r.order_status,
          created_at: r.created_at,
          delivery: {
            name: [r.last_name, r.first_name].filter(Boolean).join(" "),
            phone: r.phone,
            address: [r.address_1, r.address_2, r.city, r.province]
              .filter(Boolean)
              .join(", "),
            postal_code: r.postal_code,
          },
          lines: [],
        })
        .get(r.order_id)
    order.lines.push({
      id: r.line_id,
      product_id: r.product_id,
      product_title: r.product_title,
      variant_title: r.variant_title,
      quantity: r.quantity,
      fulfilled_quantity: r.fulfilled_quantity,
      unit_price: Number(r.unit_price),
    })
  }
  const list = [...orders.values()]
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
  return { orders: list, sold: [...sold.values()] }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The first payment of an order (a counter sale's is captured at once). */
export async function paymentOf(container: MedusaContainer, orderId: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "order",
      fields: ["payment_collections.payments.id"],
      filters: { id: orderId },
    })
  return (data[0] as any).payment_collections[0].payments[0].id as string
}

const num = (v: any): number =>
  v && typeof v === "object" ? Number(v.numeric ?? v.value ?? v) : Number(v ?? 0)

/** The order's lines with their producer, to know what a test expects. */
export async function orderLines(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "items.product_id",
      "items.unit_price",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  return (data[0] as any).items.map((i: any) => ({
    product_id: i.product_id as string,
    // BigNumber objects from query.graph: their numeric value.
    amount: num(i.unit_price) * num(i.detail?.quantity ?? i.quantity),
  }))
}

/** The producer of a product through the product ↔ producer link. */
export async function producerOfProduct(
  container: MedusaContainer,
  productId: string
) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "product",
      fields: ["producer.id"],
      filters: { id: productId },
    })
  return (data[0] as any).producer.id as string
}

/**
 * Moves orders and their refunds into an earlier instant, as if they had been
 * recorded then: periods that have ended are the only ones that can be paid.
 */
export async function backdate(
  container: MedusaContainer,
  orderIds: string[],
  at: Date
) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex("order").whereIn("id", orderIds).update({ created_at: at })
  await knex("refund")
    .whereIn(
      "payment_id",
      knex("payment as p")
        .join(
          "order_payment_collection as opc",
          "opc.payment_collection_id",
          "p.payment_collection_id"
        )
        .whereIn("opc.order_id", orderIds)
        .select("p.id")
    )
    .update({ created_at: at })
}

import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerRecipients } from "../../../modules/producer/rules/producer-recipients"

export type FindProducerOrderNoticesInput = {
  order_id: string
  // Only these lines (the lines an order edit added); every line when absent.
  line_ids?: string[]
}

export type ProducerOrderNotice = {
  producer: { id: string; name: string }
  recipients: string[]
  order: { id: string; display_id: number | null; created_at: string }
  // Where the parcel goes, as far as a producer needs it to plan the packing.
  destination: string | null
  lines: {
    id: string
    product_title: string
    variant_title: string | null
    quantity: number
    unit_price: number
  }[]
}

export const findProducerOrderNoticesStepId = "ocop-find-producer-order-notices"
/**
 * One notice per producer with lines in the order, listing only that producer's
 * lines: a producer never learns what else the buyer bought. Read-only.
 */
export const findProducerOrderNoticesStep = createStep(
  findProducerOrderNoticesStepId,
  async (input: FindProducerOrderNoticesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "created_at",
        "is_draft_order",
        "shipping_address.city",
        "shipping_address.province",
        // The quantity is computed from the item's detail: asked for by name, it is absent.
        "items.*",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0] as any
    if (!order || order.is_draft_order) return new StepResponse([])
    const wanted = input.line_ids ? new Set(input.line_ids) : null
    const items = (order.items ?? []).filter(
      (i: any) => i?.product_id && (!wanted || wanted.has(i.id))
    )
    if (!items.length) return new StepResponse([])
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "producer.id",
        "producer.name",
        "producer.email",
        "producer.members.email",
        "producer.members.status",
      ],
      filters: { id: [...new Set(items.map((i: any) => i.product_id))] },
    })
    const producerOf = new Map(
      products.map((p: any) => [p.id, p.producer ?? null])
    )
    const notices = new Map<string, ProducerOrderNotice>()
    for (const item of items) {
      const producer = producerOf.get(item.product_id)
      if (!producer) continue
      const notice =
        notices.get(producer.id) ??
        notices
          .set(producer.id, {
            producer: { id: producer.id, name: producer.name },
            recipients: producerRecipients(producer),
            order: {
              id: order.id,
              display_id: order.display_id ?? null,
              created_at: new Date(order.created_at).toISOString(),
            },
            destination:
              [order.shipping_address?.city, order.shipping_address?.province]
                .filter(Boolean)
                .join(", ") || null,
            lines: [],
          })
          .get(producer.id)!
      notice.lines.push({
        id: item.id,
        product_title: item.product_title ?? item.title,
        variant_title: item.variant_title ?? null,
        quantity: MathBN.convert(item.quantity).toNumber(),
        unit_price: MathBN.convert(item.unit_price).toNumber(),
      })
    }
    return new StepResponse([...notices.values()])
  }
)

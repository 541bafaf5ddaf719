import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  FulfillmentEvents,
  Modules,
} from "@medusajs/framework/utils"
import { ensureProducerShippingWorkflow } from "../workflows/producer/ensure-producer-shipping"

/**
 * An option the office adds in Medusa Admin on the shop's default profile (a carrier at the
 * warehouse, a new delivery rate) reaches the producers' goods at once: every producer's
 * profile gets its copy (docs/decisions/402). Options on a producer's profile (the copies
 * themselves) are left alone. One run at a time: two runs planning together would copy twice.
 */
export default async function copyShopOptionsToProducers({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile.type"],
    filters: { id: event.data.id },
  })
  if ((data[0] as any)?.shipping_profile?.type !== "default") return
  await container
    .resolve(Modules.LOCKING)
    .execute("ocop-producer-shipping", () =>
      ensureProducerShippingWorkflow(container).run({ input: {} })
    )
}

export const config: SubscriberConfig = {
  event: FulfillmentEvents.SHIPPING_OPTION_CREATED,
}

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  buildOcopProductDocuments,
  OCOP_PRODUCT_GRAPH_FIELDS,
  productIdsForEvent,
} from "../search/ocop-product-documents"
import { recordSearchWords } from "../search/search-words"

/**
 * Keeps the typo-correction vocabulary current: the Search Module hands an
 * index's transform only `query`, which cannot write, so the words of changed
 * products are recorded here from the same documents the index receives.
 */
export default async function ocopSearchWordsHandler({
  event,
  container,
}: SubscriberArgs<unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await productIdsForEvent(query, event)
  if (!ids.length) return
  const { data } = await query.graph({
    entity: "product",
    fields: OCOP_PRODUCT_GRAPH_FIELDS,
    filters: { id: ids },
  })
  const documents = await buildOcopProductDocuments(query, data)
  await recordSearchWords(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    documents
  )
}

// Only what changes a product's words; stock and price events do not.
export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "ocop.certification.attached",
    "ocop.certification.approved",
    "ocop.certification.updated",
    "ocop.producer.updated",
    "ocop.product_producer.set",
  ],
  context: { subscriberId: "ocop-search-words" },
}

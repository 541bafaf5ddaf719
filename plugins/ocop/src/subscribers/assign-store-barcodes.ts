import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { assignStoreBarcodesWorkflow } from "../workflows/sales-point/assign-store-barcodes"

/** A new pack gets its EAN-13 at once, so it can be labelled and scanned at the counter. */
export default async function assignStoreBarcodes({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await assignStoreBarcodesWorkflow(container).run({
    input:
      event.name === ProductWorkflowEvents.CREATED
        ? { product_ids: [event.data.id] }
        : { variant_ids: [event.data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.CREATED, ProductVariantWorkflowEvents.CREATED],
}

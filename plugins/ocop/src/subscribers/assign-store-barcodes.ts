import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { assignStoreBarcodesWorkflow } from "../workflows/sales-point/assign-store-barcodes"

/** A new pack gets its EAN-13 at once, so it can be labelled and scanned at the counter. */
export default async function assignStoreBarcodes({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await assignStoreBarcodesWorkflow(container).run({
      input:
        event.name === ProductWorkflowEvents.CREATED
          ? { product_ids: [event.data.id] }
          : { variant_ids: [event.data.id] },
    })
  } catch (error) {
    // A bulk import's events queue for the numbering lock and the last ones give up;
    // the hourly job (jobs/assign-missing-store-barcodes.ts) labels what they left.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `OCOP: no barcode yet for ${event.data.id} (${(error as Error).message}); the hourly run gives it one`
      )
  }
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.CREATED, ProductVariantWorkflowEvents.CREATED],
}
